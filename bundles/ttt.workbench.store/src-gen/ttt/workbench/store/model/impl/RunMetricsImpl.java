/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.StorePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Metrics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getRunId <em>Run Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getMu <em>Mu</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getEnvMode <em>Env Mode</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getBaseMseMean <em>Base Mse Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getSessionNoUpdateMseMean <em>Session No Update Mse Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getAdaptiveMseMean <em>Adaptive Mse Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getBaseMseLast100Mean <em>Base Mse Last100 Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getSessionNoUpdateLast100Mean <em>Session No Update Last100 Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getAdaptiveLast100Mean <em>Adaptive Last100 Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getUpdatesAttempted <em>Updates Attempted</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getUpdatesCommitted <em>Updates Committed</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getUpdatesRolledBack <em>Updates Rolled Back</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getRunDir <em>Run Dir</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#isSynthesized <em>Synthesized</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunMetricsImpl#getExtraJson <em>Extra Json</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunMetricsImpl extends MinimalEObjectImpl.Container implements RunMetrics
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The default value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected String runId = RUN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMu() <em>Mu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMu()
	 * @generated
	 * @ordered
	 */
	protected static final double MU_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getMu() <em>Mu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMu()
	 * @generated
	 * @ordered
	 */
	protected double mu = MU_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnvMode() <em>Env Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvMode()
	 * @generated
	 * @ordered
	 */
	protected static final EnvMode ENV_MODE_EDEFAULT = EnvMode.LINEAR;

	/**
	 * The cached value of the '{@link #getEnvMode() <em>Env Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvMode()
	 * @generated
	 * @ordered
	 */
	protected EnvMode envMode = ENV_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseMseMean() <em>Base Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMseMean()
	 * @generated
	 * @ordered
	 */
	protected static final double BASE_MSE_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getBaseMseMean() <em>Base Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMseMean()
	 * @generated
	 * @ordered
	 */
	protected double baseMseMean = BASE_MSE_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionNoUpdateMseMean() <em>Session No Update Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNoUpdateMseMean()
	 * @generated
	 * @ordered
	 */
	protected static final double SESSION_NO_UPDATE_MSE_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getSessionNoUpdateMseMean() <em>Session No Update Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNoUpdateMseMean()
	 * @generated
	 * @ordered
	 */
	protected double sessionNoUpdateMseMean = SESSION_NO_UPDATE_MSE_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdaptiveMseMean() <em>Adaptive Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptiveMseMean()
	 * @generated
	 * @ordered
	 */
	protected static final double ADAPTIVE_MSE_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getAdaptiveMseMean() <em>Adaptive Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptiveMseMean()
	 * @generated
	 * @ordered
	 */
	protected double adaptiveMseMean = ADAPTIVE_MSE_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseMseLast100Mean() <em>Base Mse Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMseLast100Mean()
	 * @generated
	 * @ordered
	 */
	protected static final double BASE_MSE_LAST100_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getBaseMseLast100Mean() <em>Base Mse Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMseLast100Mean()
	 * @generated
	 * @ordered
	 */
	protected double baseMseLast100Mean = BASE_MSE_LAST100_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionNoUpdateLast100Mean() <em>Session No Update Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNoUpdateLast100Mean()
	 * @generated
	 * @ordered
	 */
	protected static final double SESSION_NO_UPDATE_LAST100_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getSessionNoUpdateLast100Mean() <em>Session No Update Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNoUpdateLast100Mean()
	 * @generated
	 * @ordered
	 */
	protected double sessionNoUpdateLast100Mean = SESSION_NO_UPDATE_LAST100_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdaptiveLast100Mean() <em>Adaptive Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptiveLast100Mean()
	 * @generated
	 * @ordered
	 */
	protected static final double ADAPTIVE_LAST100_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getAdaptiveLast100Mean() <em>Adaptive Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptiveLast100Mean()
	 * @generated
	 * @ordered
	 */
	protected double adaptiveLast100Mean = ADAPTIVE_LAST100_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatesAttempted() <em>Updates Attempted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatesAttempted()
	 * @generated
	 * @ordered
	 */
	protected static final int UPDATES_ATTEMPTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUpdatesAttempted() <em>Updates Attempted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatesAttempted()
	 * @generated
	 * @ordered
	 */
	protected int updatesAttempted = UPDATES_ATTEMPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatesCommitted() <em>Updates Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatesCommitted()
	 * @generated
	 * @ordered
	 */
	protected static final int UPDATES_COMMITTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUpdatesCommitted() <em>Updates Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatesCommitted()
	 * @generated
	 * @ordered
	 */
	protected int updatesCommitted = UPDATES_COMMITTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatesRolledBack() <em>Updates Rolled Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatesRolledBack()
	 * @generated
	 * @ordered
	 */
	protected static final int UPDATES_ROLLED_BACK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUpdatesRolledBack() <em>Updates Rolled Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatesRolledBack()
	 * @generated
	 * @ordered
	 */
	protected int updatesRolledBack = UPDATES_ROLLED_BACK_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunDir() <em>Run Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunDir()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_DIR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunDir() <em>Run Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunDir()
	 * @generated
	 * @ordered
	 */
	protected String runDir = RUN_DIR_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isSynthesized() <em>Synthesized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthesized()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNTHESIZED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSynthesized() <em>Synthesized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthesized()
	 * @generated
	 * @ordered
	 */
	protected boolean synthesized = SYNTHESIZED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtraJson() <em>Extra Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraJson()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectNode EXTRA_JSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtraJson() <em>Extra Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraJson()
	 * @generated
	 * @ordered
	 */
	protected ObjectNode extraJson = EXTRA_JSON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunMetricsImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return StorePackage.Literals.RUN_METRICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunId()
	{
		return runId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunId(String newRunId)
	{
		String oldRunId = runId;
		runId = newRunId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__RUN_ID, oldRunId, runId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed()
	{
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed)
	{
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps()
	{
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps)
	{
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMu()
	{
		return mu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMu(double newMu)
	{
		double oldMu = mu;
		mu = newMu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__MU, oldMu, mu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvMode getEnvMode()
	{
		return envMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvMode(EnvMode newEnvMode)
	{
		EnvMode oldEnvMode = envMode;
		envMode = newEnvMode == null ? ENV_MODE_EDEFAULT : newEnvMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__ENV_MODE, oldEnvMode, envMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseMseMean()
	{
		return baseMseMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseMseMean(double newBaseMseMean)
	{
		double oldBaseMseMean = baseMseMean;
		baseMseMean = newBaseMseMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__BASE_MSE_MEAN, oldBaseMseMean, baseMseMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSessionNoUpdateMseMean()
	{
		return sessionNoUpdateMseMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionNoUpdateMseMean(double newSessionNoUpdateMseMean)
	{
		double oldSessionNoUpdateMseMean = sessionNoUpdateMseMean;
		sessionNoUpdateMseMean = newSessionNoUpdateMseMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN, oldSessionNoUpdateMseMean, sessionNoUpdateMseMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdaptiveMseMean()
	{
		return adaptiveMseMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdaptiveMseMean(double newAdaptiveMseMean)
	{
		double oldAdaptiveMseMean = adaptiveMseMean;
		adaptiveMseMean = newAdaptiveMseMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__ADAPTIVE_MSE_MEAN, oldAdaptiveMseMean, adaptiveMseMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseMseLast100Mean()
	{
		return baseMseLast100Mean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseMseLast100Mean(double newBaseMseLast100Mean)
	{
		double oldBaseMseLast100Mean = baseMseLast100Mean;
		baseMseLast100Mean = newBaseMseLast100Mean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__BASE_MSE_LAST100_MEAN, oldBaseMseLast100Mean, baseMseLast100Mean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSessionNoUpdateLast100Mean()
	{
		return sessionNoUpdateLast100Mean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionNoUpdateLast100Mean(double newSessionNoUpdateLast100Mean)
	{
		double oldSessionNoUpdateLast100Mean = sessionNoUpdateLast100Mean;
		sessionNoUpdateLast100Mean = newSessionNoUpdateLast100Mean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN, oldSessionNoUpdateLast100Mean, sessionNoUpdateLast100Mean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdaptiveLast100Mean()
	{
		return adaptiveLast100Mean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdaptiveLast100Mean(double newAdaptiveLast100Mean)
	{
		double oldAdaptiveLast100Mean = adaptiveLast100Mean;
		adaptiveLast100Mean = newAdaptiveLast100Mean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__ADAPTIVE_LAST100_MEAN, oldAdaptiveLast100Mean, adaptiveLast100Mean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUpdatesAttempted()
	{
		return updatesAttempted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatesAttempted(int newUpdatesAttempted)
	{
		int oldUpdatesAttempted = updatesAttempted;
		updatesAttempted = newUpdatesAttempted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__UPDATES_ATTEMPTED, oldUpdatesAttempted, updatesAttempted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUpdatesCommitted()
	{
		return updatesCommitted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatesCommitted(int newUpdatesCommitted)
	{
		int oldUpdatesCommitted = updatesCommitted;
		updatesCommitted = newUpdatesCommitted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__UPDATES_COMMITTED, oldUpdatesCommitted, updatesCommitted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUpdatesRolledBack()
	{
		return updatesRolledBack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatesRolledBack(int newUpdatesRolledBack)
	{
		int oldUpdatesRolledBack = updatesRolledBack;
		updatesRolledBack = newUpdatesRolledBack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__UPDATES_ROLLED_BACK, oldUpdatesRolledBack, updatesRolledBack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunDir()
	{
		return runDir;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunDir(String newRunDir)
	{
		String oldRunDir = runDir;
		runDir = newRunDir;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__RUN_DIR, oldRunDir, runDir));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes()
	{
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes)
	{
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynthesized()
	{
		return synthesized;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynthesized(boolean newSynthesized)
	{
		boolean oldSynthesized = synthesized;
		synthesized = newSynthesized;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__SYNTHESIZED, oldSynthesized, synthesized));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectNode getExtraJson()
	{
		return extraJson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraJson(ObjectNode newExtraJson)
	{
		ObjectNode oldExtraJson = extraJson;
		extraJson = newExtraJson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN_METRICS__EXTRA_JSON, oldExtraJson, extraJson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case StorePackage.RUN_METRICS__RUN_ID:
				return getRunId();
			case StorePackage.RUN_METRICS__SEED:
				return getSeed();
			case StorePackage.RUN_METRICS__STEPS:
				return getSteps();
			case StorePackage.RUN_METRICS__MU:
				return getMu();
			case StorePackage.RUN_METRICS__ENV_MODE:
				return getEnvMode();
			case StorePackage.RUN_METRICS__BASE_MSE_MEAN:
				return getBaseMseMean();
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN:
				return getSessionNoUpdateMseMean();
			case StorePackage.RUN_METRICS__ADAPTIVE_MSE_MEAN:
				return getAdaptiveMseMean();
			case StorePackage.RUN_METRICS__BASE_MSE_LAST100_MEAN:
				return getBaseMseLast100Mean();
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN:
				return getSessionNoUpdateLast100Mean();
			case StorePackage.RUN_METRICS__ADAPTIVE_LAST100_MEAN:
				return getAdaptiveLast100Mean();
			case StorePackage.RUN_METRICS__UPDATES_ATTEMPTED:
				return getUpdatesAttempted();
			case StorePackage.RUN_METRICS__UPDATES_COMMITTED:
				return getUpdatesCommitted();
			case StorePackage.RUN_METRICS__UPDATES_ROLLED_BACK:
				return getUpdatesRolledBack();
			case StorePackage.RUN_METRICS__RUN_DIR:
				return getRunDir();
			case StorePackage.RUN_METRICS__NOTES:
				return getNotes();
			case StorePackage.RUN_METRICS__SYNTHESIZED:
				return isSynthesized();
			case StorePackage.RUN_METRICS__EXTRA_JSON:
				return getExtraJson();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case StorePackage.RUN_METRICS__RUN_ID:
				setRunId((String)newValue);
				return;
			case StorePackage.RUN_METRICS__SEED:
				setSeed((Long)newValue);
				return;
			case StorePackage.RUN_METRICS__STEPS:
				setSteps((Integer)newValue);
				return;
			case StorePackage.RUN_METRICS__MU:
				setMu((Double)newValue);
				return;
			case StorePackage.RUN_METRICS__ENV_MODE:
				setEnvMode((EnvMode)newValue);
				return;
			case StorePackage.RUN_METRICS__BASE_MSE_MEAN:
				setBaseMseMean((Double)newValue);
				return;
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN:
				setSessionNoUpdateMseMean((Double)newValue);
				return;
			case StorePackage.RUN_METRICS__ADAPTIVE_MSE_MEAN:
				setAdaptiveMseMean((Double)newValue);
				return;
			case StorePackage.RUN_METRICS__BASE_MSE_LAST100_MEAN:
				setBaseMseLast100Mean((Double)newValue);
				return;
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN:
				setSessionNoUpdateLast100Mean((Double)newValue);
				return;
			case StorePackage.RUN_METRICS__ADAPTIVE_LAST100_MEAN:
				setAdaptiveLast100Mean((Double)newValue);
				return;
			case StorePackage.RUN_METRICS__UPDATES_ATTEMPTED:
				setUpdatesAttempted((Integer)newValue);
				return;
			case StorePackage.RUN_METRICS__UPDATES_COMMITTED:
				setUpdatesCommitted((Integer)newValue);
				return;
			case StorePackage.RUN_METRICS__UPDATES_ROLLED_BACK:
				setUpdatesRolledBack((Integer)newValue);
				return;
			case StorePackage.RUN_METRICS__RUN_DIR:
				setRunDir((String)newValue);
				return;
			case StorePackage.RUN_METRICS__NOTES:
				setNotes((String)newValue);
				return;
			case StorePackage.RUN_METRICS__SYNTHESIZED:
				setSynthesized((Boolean)newValue);
				return;
			case StorePackage.RUN_METRICS__EXTRA_JSON:
				setExtraJson((ObjectNode)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case StorePackage.RUN_METRICS__RUN_ID:
				setRunId(RUN_ID_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__MU:
				setMu(MU_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__ENV_MODE:
				setEnvMode(ENV_MODE_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__BASE_MSE_MEAN:
				setBaseMseMean(BASE_MSE_MEAN_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN:
				setSessionNoUpdateMseMean(SESSION_NO_UPDATE_MSE_MEAN_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__ADAPTIVE_MSE_MEAN:
				setAdaptiveMseMean(ADAPTIVE_MSE_MEAN_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__BASE_MSE_LAST100_MEAN:
				setBaseMseLast100Mean(BASE_MSE_LAST100_MEAN_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN:
				setSessionNoUpdateLast100Mean(SESSION_NO_UPDATE_LAST100_MEAN_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__ADAPTIVE_LAST100_MEAN:
				setAdaptiveLast100Mean(ADAPTIVE_LAST100_MEAN_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__UPDATES_ATTEMPTED:
				setUpdatesAttempted(UPDATES_ATTEMPTED_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__UPDATES_COMMITTED:
				setUpdatesCommitted(UPDATES_COMMITTED_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__UPDATES_ROLLED_BACK:
				setUpdatesRolledBack(UPDATES_ROLLED_BACK_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__RUN_DIR:
				setRunDir(RUN_DIR_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__SYNTHESIZED:
				setSynthesized(SYNTHESIZED_EDEFAULT);
				return;
			case StorePackage.RUN_METRICS__EXTRA_JSON:
				setExtraJson(EXTRA_JSON_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case StorePackage.RUN_METRICS__RUN_ID:
				return RUN_ID_EDEFAULT == null ? runId != null : !RUN_ID_EDEFAULT.equals(runId);
			case StorePackage.RUN_METRICS__SEED:
				return seed != SEED_EDEFAULT;
			case StorePackage.RUN_METRICS__STEPS:
				return steps != STEPS_EDEFAULT;
			case StorePackage.RUN_METRICS__MU:
				return mu != MU_EDEFAULT;
			case StorePackage.RUN_METRICS__ENV_MODE:
				return envMode != ENV_MODE_EDEFAULT;
			case StorePackage.RUN_METRICS__BASE_MSE_MEAN:
				return baseMseMean != BASE_MSE_MEAN_EDEFAULT;
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN:
				return sessionNoUpdateMseMean != SESSION_NO_UPDATE_MSE_MEAN_EDEFAULT;
			case StorePackage.RUN_METRICS__ADAPTIVE_MSE_MEAN:
				return adaptiveMseMean != ADAPTIVE_MSE_MEAN_EDEFAULT;
			case StorePackage.RUN_METRICS__BASE_MSE_LAST100_MEAN:
				return baseMseLast100Mean != BASE_MSE_LAST100_MEAN_EDEFAULT;
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN:
				return sessionNoUpdateLast100Mean != SESSION_NO_UPDATE_LAST100_MEAN_EDEFAULT;
			case StorePackage.RUN_METRICS__ADAPTIVE_LAST100_MEAN:
				return adaptiveLast100Mean != ADAPTIVE_LAST100_MEAN_EDEFAULT;
			case StorePackage.RUN_METRICS__UPDATES_ATTEMPTED:
				return updatesAttempted != UPDATES_ATTEMPTED_EDEFAULT;
			case StorePackage.RUN_METRICS__UPDATES_COMMITTED:
				return updatesCommitted != UPDATES_COMMITTED_EDEFAULT;
			case StorePackage.RUN_METRICS__UPDATES_ROLLED_BACK:
				return updatesRolledBack != UPDATES_ROLLED_BACK_EDEFAULT;
			case StorePackage.RUN_METRICS__RUN_DIR:
				return RUN_DIR_EDEFAULT == null ? runDir != null : !RUN_DIR_EDEFAULT.equals(runDir);
			case StorePackage.RUN_METRICS__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case StorePackage.RUN_METRICS__SYNTHESIZED:
				return synthesized != SYNTHESIZED_EDEFAULT;
			case StorePackage.RUN_METRICS__EXTRA_JSON:
				return EXTRA_JSON_EDEFAULT == null ? extraJson != null : !EXTRA_JSON_EDEFAULT.equals(extraJson);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (runId: ");
		result.append(runId);
		result.append(", seed: ");
		result.append(seed);
		result.append(", steps: ");
		result.append(steps);
		result.append(", mu: ");
		result.append(mu);
		result.append(", envMode: ");
		result.append(envMode);
		result.append(", baseMseMean: ");
		result.append(baseMseMean);
		result.append(", sessionNoUpdateMseMean: ");
		result.append(sessionNoUpdateMseMean);
		result.append(", adaptiveMseMean: ");
		result.append(adaptiveMseMean);
		result.append(", baseMseLast100Mean: ");
		result.append(baseMseLast100Mean);
		result.append(", sessionNoUpdateLast100Mean: ");
		result.append(sessionNoUpdateLast100Mean);
		result.append(", adaptiveLast100Mean: ");
		result.append(adaptiveLast100Mean);
		result.append(", updatesAttempted: ");
		result.append(updatesAttempted);
		result.append(", updatesCommitted: ");
		result.append(updatesCommitted);
		result.append(", updatesRolledBack: ");
		result.append(updatesRolledBack);
		result.append(", runDir: ");
		result.append(runDir);
		result.append(", notes: ");
		result.append(notes);
		result.append(", synthesized: ");
		result.append(synthesized);
		result.append(", extraJson: ");
		result.append(extraJson);
		result.append(')');
		return result.toString();
	}

} //RunMetricsImpl

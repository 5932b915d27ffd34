/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.StorePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plasticity Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getLr <em>Lr</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#isNesterov <em>Nesterov</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getNsSteps <em>Ns Steps</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getAdjustLrFn <em>Adjust Lr Fn</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getChunk <em>Chunk</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getBufferLen <em>Buffer Len</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getRollbackTol <em>Rollback Tol</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getGradNormMax <em>Grad Norm Max</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PlasticityConfigImpl#getStateNormMax <em>State Norm Max</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlasticityConfigImpl extends MinimalEObjectImpl.Container implements PlasticityConfig
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The default value of the '{@link #getLr() <em>Lr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLr()
	 * @generated
	 * @ordered
	 */
	protected static final double LR_EDEFAULT = 0.005;

	/**
	 * The cached value of the '{@link #getLr() <em>Lr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLr()
	 * @generated
	 * @ordered
	 */
	protected double lr = LR_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_DECAY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected double weightDecay = WEIGHT_DECAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMomentum() <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentum()
	 * @generated
	 * @ordered
	 */
	protected static final double MOMENTUM_EDEFAULT = 0.95;

	/**
	 * The cached value of the '{@link #getMomentum() <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentum()
	 * @generated
	 * @ordered
	 */
	protected double momentum = MOMENTUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isNesterov() <em>Nesterov</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNesterov()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NESTEROV_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNesterov() <em>Nesterov</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNesterov()
	 * @generated
	 * @ordered
	 */
	protected boolean nesterov = NESTEROV_EDEFAULT;

	/**
	 * The default value of the '{@link #getNsSteps() <em>Ns Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNsSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int NS_STEPS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getNsSteps() <em>Ns Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNsSteps()
	 * @generated
	 * @ordered
	 */
	protected int nsSteps = NS_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustLrFn() <em>Adjust Lr Fn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustLrFn()
	 * @generated
	 * @ordered
	 */
	protected static final String ADJUST_LR_FN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdjustLrFn() <em>Adjust Lr Fn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustLrFn()
	 * @generated
	 * @ordered
	 */
	protected String adjustLrFn = ADJUST_LR_FN_EDEFAULT;

	/**
	 * The default value of the '{@link #getChunk() <em>Chunk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChunk()
	 * @generated
	 * @ordered
	 */
	protected static final int CHUNK_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getChunk() <em>Chunk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChunk()
	 * @generated
	 * @ordered
	 */
	protected int chunk = CHUNK_EDEFAULT;

	/**
	 * The default value of the '{@link #getBufferLen() <em>Buffer Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBufferLen()
	 * @generated
	 * @ordered
	 */
	protected static final int BUFFER_LEN_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getBufferLen() <em>Buffer Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBufferLen()
	 * @generated
	 * @ordered
	 */
	protected int bufferLen = BUFFER_LEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRollbackTol() <em>Rollback Tol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollbackTol()
	 * @generated
	 * @ordered
	 */
	protected static final double ROLLBACK_TOL_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getRollbackTol() <em>Rollback Tol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRollbackTol()
	 * @generated
	 * @ordered
	 */
	protected double rollbackTol = ROLLBACK_TOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradNormMax() <em>Grad Norm Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradNormMax()
	 * @generated
	 * @ordered
	 */
	protected static final double GRAD_NORM_MAX_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getGradNormMax() <em>Grad Norm Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradNormMax()
	 * @generated
	 * @ordered
	 */
	protected double gradNormMax = GRAD_NORM_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateNormMax() <em>State Norm Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateNormMax()
	 * @generated
	 * @ordered
	 */
	protected static final double STATE_NORM_MAX_EDEFAULT = 1000000.0;

	/**
	 * The cached value of the '{@link #getStateNormMax() <em>State Norm Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateNormMax()
	 * @generated
	 * @ordered
	 */
	protected double stateNormMax = STATE_NORM_MAX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlasticityConfigImpl()
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
		return StorePackage.Literals.PLASTICITY_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLr()
	{
		return lr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLr(double newLr)
	{
		double oldLr = lr;
		lr = newLr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__LR, oldLr, lr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightDecay()
	{
		return weightDecay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightDecay(double newWeightDecay)
	{
		double oldWeightDecay = weightDecay;
		weightDecay = newWeightDecay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__WEIGHT_DECAY, oldWeightDecay, weightDecay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMomentum()
	{
		return momentum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentum(double newMomentum)
	{
		double oldMomentum = momentum;
		momentum = newMomentum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__MOMENTUM, oldMomentum, momentum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNesterov()
	{
		return nesterov;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNesterov(boolean newNesterov)
	{
		boolean oldNesterov = nesterov;
		nesterov = newNesterov;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__NESTEROV, oldNesterov, nesterov));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNsSteps()
	{
		return nsSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNsSteps(int newNsSteps)
	{
		int oldNsSteps = nsSteps;
		nsSteps = newNsSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__NS_STEPS, oldNsSteps, nsSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdjustLrFn()
	{
		return adjustLrFn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustLrFn(String newAdjustLrFn)
	{
		String oldAdjustLrFn = adjustLrFn;
		adjustLrFn = newAdjustLrFn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__ADJUST_LR_FN, oldAdjustLrFn, adjustLrFn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChunk()
	{
		return chunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChunk(int newChunk)
	{
		int oldChunk = chunk;
		chunk = newChunk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__CHUNK, oldChunk, chunk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBufferLen()
	{
		return bufferLen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBufferLen(int newBufferLen)
	{
		int oldBufferLen = bufferLen;
		bufferLen = newBufferLen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__BUFFER_LEN, oldBufferLen, bufferLen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRollbackTol()
	{
		return rollbackTol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRollbackTol(double newRollbackTol)
	{
		double oldRollbackTol = rollbackTol;
		rollbackTol = newRollbackTol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__ROLLBACK_TOL, oldRollbackTol, rollbackTol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGradNormMax()
	{
		return gradNormMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradNormMax(double newGradNormMax)
	{
		double oldGradNormMax = gradNormMax;
		gradNormMax = newGradNormMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__GRAD_NORM_MAX, oldGradNormMax, gradNormMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStateNormMax()
	{
		return stateNormMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateNormMax(double newStateNormMax)
	{
		double oldStateNormMax = stateNormMax;
		stateNormMax = newStateNormMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PLASTICITY_CONFIG__STATE_NORM_MAX, oldStateNormMax, stateNormMax));
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
			case StorePackage.PLASTICITY_CONFIG__LR:
				return getLr();
			case StorePackage.PLASTICITY_CONFIG__WEIGHT_DECAY:
				return getWeightDecay();
			case StorePackage.PLASTICITY_CONFIG__MOMENTUM:
				return getMomentum();
			case StorePackage.PLASTICITY_CONFIG__NESTEROV:
				return isNesterov();
			case StorePackage.PLASTICITY_CONFIG__NS_STEPS:
				return getNsSteps();
			case StorePackage.PLASTICITY_CONFIG__ADJUST_LR_FN:
				return getAdjustLrFn();
			case StorePackage.PLASTICITY_CONFIG__CHUNK:
				return getChunk();
			case StorePackage.PLASTICITY_CONFIG__BUFFER_LEN:
				return getBufferLen();
			case StorePackage.PLASTICITY_CONFIG__ROLLBACK_TOL:
				return getRollbackTol();
			case StorePackage.PLASTICITY_CONFIG__GRAD_NORM_MAX:
				return getGradNormMax();
			case StorePackage.PLASTICITY_CONFIG__STATE_NORM_MAX:
				return getStateNormMax();
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
			case StorePackage.PLASTICITY_CONFIG__LR:
				setLr((Double)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__WEIGHT_DECAY:
				setWeightDecay((Double)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__MOMENTUM:
				setMomentum((Double)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__NESTEROV:
				setNesterov((Boolean)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__NS_STEPS:
				setNsSteps((Integer)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__ADJUST_LR_FN:
				setAdjustLrFn((String)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__CHUNK:
				setChunk((Integer)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__BUFFER_LEN:
				setBufferLen((Integer)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__ROLLBACK_TOL:
				setRollbackTol((Double)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__GRAD_NORM_MAX:
				setGradNormMax((Double)newValue);
				return;
			case StorePackage.PLASTICITY_CONFIG__STATE_NORM_MAX:
				setStateNormMax((Double)newValue);
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
			case StorePackage.PLASTICITY_CONFIG__LR:
				setLr(LR_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__WEIGHT_DECAY:
				setWeightDecay(WEIGHT_DECAY_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__MOMENTUM:
				setMomentum(MOMENTUM_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__NESTEROV:
				setNesterov(NESTEROV_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__NS_STEPS:
				setNsSteps(NS_STEPS_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__ADJUST_LR_FN:
				setAdjustLrFn(ADJUST_LR_FN_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__CHUNK:
				setChunk(CHUNK_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__BUFFER_LEN:
				setBufferLen(BUFFER_LEN_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__ROLLBACK_TOL:
				setRollbackTol(ROLLBACK_TOL_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__GRAD_NORM_MAX:
				setGradNormMax(GRAD_NORM_MAX_EDEFAULT);
				return;
			case StorePackage.PLASTICITY_CONFIG__STATE_NORM_MAX:
				setStateNormMax(STATE_NORM_MAX_EDEFAULT);
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
			case StorePackage.PLASTICITY_CONFIG__LR:
				return lr != LR_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__WEIGHT_DECAY:
				return weightDecay != WEIGHT_DECAY_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__MOMENTUM:
				return momentum != MOMENTUM_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__NESTEROV:
				return nesterov != NESTEROV_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__NS_STEPS:
				return nsSteps != NS_STEPS_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__ADJUST_LR_FN:
				return ADJUST_LR_FN_EDEFAULT == null ? adjustLrFn != null : !ADJUST_LR_FN_EDEFAULT.equals(adjustLrFn);
			case StorePackage.PLASTICITY_CONFIG__CHUNK:
				return chunk != CHUNK_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__BUFFER_LEN:
				return bufferLen != BUFFER_LEN_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__ROLLBACK_TOL:
				return rollbackTol != ROLLBACK_TOL_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__GRAD_NORM_MAX:
				return gradNormMax != GRAD_NORM_MAX_EDEFAULT;
			case StorePackage.PLASTICITY_CONFIG__STATE_NORM_MAX:
				return stateNormMax != STATE_NORM_MAX_EDEFAULT;
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
		result.append(" (lr: ");
		result.append(lr);
		result.append(", weightDecay: ");
		result.append(weightDecay);
		result.append(", momentum: ");
		result.append(momentum);
		result.append(", nesterov: ");
		result.append(nesterov);
		result.append(", nsSteps: ");
		result.append(nsSteps);
		result.append(", adjustLrFn: ");
		result.append(adjustLrFn);
		result.append(", chunk: ");
		result.append(chunk);
		result.append(", bufferLen: ");
		result.append(bufferLen);
		result.append(", rollbackTol: ");
		result.append(rollbackTol);
		result.append(", gradNormMax: ");
		result.append(gradNormMax);
		result.append(", stateNormMax: ");
		result.append(stateNormMax);
		result.append(')');
		return result.toString();
	}

} //PlasticityConfigImpl

/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StorePackage;
import ttt.workbench.store.model.Tensor;
import ttt.workbench.store.model.Trajectory;
import ttt.workbench.store.model.UpdateEvent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getSession <em>Session</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getId <em>Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getCreatedAtUnix <em>Created At Unix</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getPerStep <em>Per Step</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getPerStepState <em>Per Step State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getTrajectory <em>Trajectory</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getTrajectoryState <em>Trajectory State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getWeights <em>Weights</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.RunImpl#getWeightsState <em>Weights State</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunImpl extends MinimalEObjectImpl.Container implements Run
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getCreatedAtUnix() <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAtUnix()
	 * @generated
	 * @ordered
	 */
	protected static final Double CREATED_AT_UNIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAtUnix() <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAtUnix()
	 * @generated
	 * @ordered
	 */
	protected Double createdAtUnix = CREATED_AT_UNIX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected RunMetrics metrics;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<UpdateEvent> events;

	/**
	 * The cached value of the '{@link #getPerStep() <em>Per Step</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerStep()
	 * @generated
	 * @ordered
	 */
	protected PerStepCurves perStep;

	/**
	 * The default value of the '{@link #getPerStepState() <em>Per Step State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerStepState()
	 * @generated
	 * @ordered
	 */
	protected static final LoadState PER_STEP_STATE_EDEFAULT = LoadState.NOT_LOADED;

	/**
	 * The cached value of the '{@link #getPerStepState() <em>Per Step State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerStepState()
	 * @generated
	 * @ordered
	 */
	protected LoadState perStepState = PER_STEP_STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrajectory() <em>Trajectory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrajectory()
	 * @generated
	 * @ordered
	 */
	protected Trajectory trajectory;

	/**
	 * The default value of the '{@link #getTrajectoryState() <em>Trajectory State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrajectoryState()
	 * @generated
	 * @ordered
	 */
	protected static final LoadState TRAJECTORY_STATE_EDEFAULT = LoadState.NOT_LOADED;

	/**
	 * The cached value of the '{@link #getTrajectoryState() <em>Trajectory State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrajectoryState()
	 * @generated
	 * @ordered
	 */
	protected LoadState trajectoryState = TRAJECTORY_STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWeights() <em>Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<Tensor> weights;

	/**
	 * The default value of the '{@link #getWeightsState() <em>Weights State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightsState()
	 * @generated
	 * @ordered
	 */
	protected static final LoadState WEIGHTS_STATE_EDEFAULT = LoadState.NOT_LOADED;

	/**
	 * The cached value of the '{@link #getWeightsState() <em>Weights State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightsState()
	 * @generated
	 * @ordered
	 */
	protected LoadState weightsState = WEIGHTS_STATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunImpl()
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
		return StorePackage.Literals.RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session getSession()
	{
		if (eContainerFeatureID() != StorePackage.RUN__SESSION) return null;
		return (Session)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId()
	{
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId)
	{
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__SEED, oldSeed, seed));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCreatedAtUnix()
	{
		return createdAtUnix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAtUnix(Double newCreatedAtUnix)
	{
		Double oldCreatedAtUnix = createdAtUnix;
		createdAtUnix = newCreatedAtUnix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__CREATED_AT_UNIX, oldCreatedAtUnix, createdAtUnix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunMetrics getMetrics()
	{
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetrics(RunMetrics newMetrics, NotificationChain msgs)
	{
		RunMetrics oldMetrics = metrics;
		metrics = newMetrics;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.RUN__METRICS, oldMetrics, newMetrics);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetrics(RunMetrics newMetrics)
	{
		if (newMetrics != metrics)
		{
			NotificationChain msgs = null;
			if (metrics != null)
				msgs = ((InternalEObject)metrics).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorePackage.RUN__METRICS, null, msgs);
			if (newMetrics != null)
				msgs = ((InternalEObject)newMetrics).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorePackage.RUN__METRICS, null, msgs);
			msgs = basicSetMetrics(newMetrics, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__METRICS, newMetrics, newMetrics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UpdateEvent> getEvents()
	{
		if (events == null)
		{
			events = new EObjectWithInverseEList<UpdateEvent>(UpdateEvent.class, this, StorePackage.RUN__EVENTS, StorePackage.UPDATE_EVENT__RUN);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerStepCurves getPerStep()
	{
		return perStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPerStep(PerStepCurves newPerStep, NotificationChain msgs)
	{
		PerStepCurves oldPerStep = perStep;
		perStep = newPerStep;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.RUN__PER_STEP, oldPerStep, newPerStep);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerStep(PerStepCurves newPerStep)
	{
		if (newPerStep != perStep)
		{
			NotificationChain msgs = null;
			if (perStep != null)
				msgs = ((InternalEObject)perStep).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorePackage.RUN__PER_STEP, null, msgs);
			if (newPerStep != null)
				msgs = ((InternalEObject)newPerStep).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorePackage.RUN__PER_STEP, null, msgs);
			msgs = basicSetPerStep(newPerStep, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__PER_STEP, newPerStep, newPerStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoadState getPerStepState()
	{
		return perStepState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerStepState(LoadState newPerStepState)
	{
		LoadState oldPerStepState = perStepState;
		perStepState = newPerStepState == null ? PER_STEP_STATE_EDEFAULT : newPerStepState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__PER_STEP_STATE, oldPerStepState, perStepState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trajectory getTrajectory()
	{
		return trajectory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrajectory(Trajectory newTrajectory, NotificationChain msgs)
	{
		Trajectory oldTrajectory = trajectory;
		trajectory = newTrajectory;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.RUN__TRAJECTORY, oldTrajectory, newTrajectory);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrajectory(Trajectory newTrajectory)
	{
		if (newTrajectory != trajectory)
		{
			NotificationChain msgs = null;
			if (trajectory != null)
				msgs = ((InternalEObject)trajectory).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorePackage.RUN__TRAJECTORY, null, msgs);
			if (newTrajectory != null)
				msgs = ((InternalEObject)newTrajectory).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorePackage.RUN__TRAJECTORY, null, msgs);
			msgs = basicSetTrajectory(newTrajectory, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__TRAJECTORY, newTrajectory, newTrajectory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoadState getTrajectoryState()
	{
		return trajectoryState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrajectoryState(LoadState newTrajectoryState)
	{
		LoadState oldTrajectoryState = trajectoryState;
		trajectoryState = newTrajectoryState == null ? TRAJECTORY_STATE_EDEFAULT : newTrajectoryState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__TRAJECTORY_STATE, oldTrajectoryState, trajectoryState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tensor> getWeights()
	{
		if (weights == null)
		{
			weights = new EObjectContainmentEList<Tensor>(Tensor.class, this, StorePackage.RUN__WEIGHTS);
		}
		return weights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoadState getWeightsState()
	{
		return weightsState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightsState(LoadState newWeightsState)
	{
		LoadState oldWeightsState = weightsState;
		weightsState = newWeightsState == null ? WEIGHTS_STATE_EDEFAULT : newWeightsState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.RUN__WEIGHTS_STATE, oldWeightsState, weightsState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case StorePackage.RUN__SESSION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, StorePackage.RUN__SESSION, msgs);
			case StorePackage.RUN__EVENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getEvents()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case StorePackage.RUN__SESSION:
				return eBasicSetContainer(null, StorePackage.RUN__SESSION, msgs);
			case StorePackage.RUN__METRICS:
				return basicSetMetrics(null, msgs);
			case StorePackage.RUN__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case StorePackage.RUN__PER_STEP:
				return basicSetPerStep(null, msgs);
			case StorePackage.RUN__TRAJECTORY:
				return basicSetTrajectory(null, msgs);
			case StorePackage.RUN__WEIGHTS:
				return ((InternalEList<?>)getWeights()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs)
	{
		switch (eContainerFeatureID())
		{
			case StorePackage.RUN__SESSION:
				return eInternalContainer().eInverseRemove(this, StorePackage.SESSION__RUNS, Session.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
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
			case StorePackage.RUN__SESSION:
				return getSession();
			case StorePackage.RUN__ID:
				return getId();
			case StorePackage.RUN__SEED:
				return getSeed();
			case StorePackage.RUN__STEPS:
				return getSteps();
			case StorePackage.RUN__CREATED_AT_UNIX:
				return getCreatedAtUnix();
			case StorePackage.RUN__METRICS:
				return getMetrics();
			case StorePackage.RUN__EVENTS:
				return getEvents();
			case StorePackage.RUN__PER_STEP:
				return getPerStep();
			case StorePackage.RUN__PER_STEP_STATE:
				return getPerStepState();
			case StorePackage.RUN__TRAJECTORY:
				return getTrajectory();
			case StorePackage.RUN__TRAJECTORY_STATE:
				return getTrajectoryState();
			case StorePackage.RUN__WEIGHTS:
				return getWeights();
			case StorePackage.RUN__WEIGHTS_STATE:
				return getWeightsState();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case StorePackage.RUN__ID:
				setId((String)newValue);
				return;
			case StorePackage.RUN__SEED:
				setSeed((Long)newValue);
				return;
			case StorePackage.RUN__STEPS:
				setSteps((Integer)newValue);
				return;
			case StorePackage.RUN__CREATED_AT_UNIX:
				setCreatedAtUnix((Double)newValue);
				return;
			case StorePackage.RUN__METRICS:
				setMetrics((RunMetrics)newValue);
				return;
			case StorePackage.RUN__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends UpdateEvent>)newValue);
				return;
			case StorePackage.RUN__PER_STEP:
				setPerStep((PerStepCurves)newValue);
				return;
			case StorePackage.RUN__PER_STEP_STATE:
				setPerStepState((LoadState)newValue);
				return;
			case StorePackage.RUN__TRAJECTORY:
				setTrajectory((Trajectory)newValue);
				return;
			case StorePackage.RUN__TRAJECTORY_STATE:
				setTrajectoryState((LoadState)newValue);
				return;
			case StorePackage.RUN__WEIGHTS:
				getWeights().clear();
				getWeights().addAll((Collection<? extends Tensor>)newValue);
				return;
			case StorePackage.RUN__WEIGHTS_STATE:
				setWeightsState((LoadState)newValue);
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
			case StorePackage.RUN__ID:
				setId(ID_EDEFAULT);
				return;
			case StorePackage.RUN__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case StorePackage.RUN__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case StorePackage.RUN__CREATED_AT_UNIX:
				setCreatedAtUnix(CREATED_AT_UNIX_EDEFAULT);
				return;
			case StorePackage.RUN__METRICS:
				setMetrics((RunMetrics)null);
				return;
			case StorePackage.RUN__EVENTS:
				getEvents().clear();
				return;
			case StorePackage.RUN__PER_STEP:
				setPerStep((PerStepCurves)null);
				return;
			case StorePackage.RUN__PER_STEP_STATE:
				setPerStepState(PER_STEP_STATE_EDEFAULT);
				return;
			case StorePackage.RUN__TRAJECTORY:
				setTrajectory((Trajectory)null);
				return;
			case StorePackage.RUN__TRAJECTORY_STATE:
				setTrajectoryState(TRAJECTORY_STATE_EDEFAULT);
				return;
			case StorePackage.RUN__WEIGHTS:
				getWeights().clear();
				return;
			case StorePackage.RUN__WEIGHTS_STATE:
				setWeightsState(WEIGHTS_STATE_EDEFAULT);
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
			case StorePackage.RUN__SESSION:
				return getSession() != null;
			case StorePackage.RUN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case StorePackage.RUN__SEED:
				return seed != SEED_EDEFAULT;
			case StorePackage.RUN__STEPS:
				return steps != STEPS_EDEFAULT;
			case StorePackage.RUN__CREATED_AT_UNIX:
				return CREATED_AT_UNIX_EDEFAULT == null ? createdAtUnix != null : !CREATED_AT_UNIX_EDEFAULT.equals(createdAtUnix);
			case StorePackage.RUN__METRICS:
				return metrics != null;
			case StorePackage.RUN__EVENTS:
				return events != null && !events.isEmpty();
			case StorePackage.RUN__PER_STEP:
				return perStep != null;
			case StorePackage.RUN__PER_STEP_STATE:
				return perStepState != PER_STEP_STATE_EDEFAULT;
			case StorePackage.RUN__TRAJECTORY:
				return trajectory != null;
			case StorePackage.RUN__TRAJECTORY_STATE:
				return trajectoryState != TRAJECTORY_STATE_EDEFAULT;
			case StorePackage.RUN__WEIGHTS:
				return weights != null && !weights.isEmpty();
			case StorePackage.RUN__WEIGHTS_STATE:
				return weightsState != WEIGHTS_STATE_EDEFAULT;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", seed: ");
		result.append(seed);
		result.append(", steps: ");
		result.append(steps);
		result.append(", createdAtUnix: ");
		result.append(createdAtUnix);
		result.append(", perStepState: ");
		result.append(perStepState);
		result.append(", trajectoryState: ");
		result.append(trajectoryState);
		result.append(", weightsState: ");
		result.append(weightsState);
		result.append(')');
		return result.toString();
	}

} //RunImpl

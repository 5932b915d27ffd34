/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StorePackage;
import ttt.workbench.store.model.Tensor;
import ttt.workbench.store.model.UpdateEvent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getStore <em>Store</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getId <em>Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getCreatedAtUnix <em>Created At Unix</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getLastRunAtUnix <em>Last Run At Unix</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getParentId <em>Parent Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getRootId <em>Root Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getRoot <em>Root</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getDepth <em>Depth</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#isOrphan <em>Orphan</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getEnvMode <em>Env Mode</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getMu <em>Mu</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getBaseCkptHash <em>Base Ckpt Hash</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getModelSignature <em>Model Signature</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getModelConfig <em>Model Config</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getPlasticityConfig <em>Plasticity Config</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getOptimizerVariant <em>Optimizer Variant</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getForkNote <em>Fork Note</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getForkedFromRunId <em>Forked From Run Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getWeights <em>Weights</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getWeightsState <em>Weights State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getDetailsState <em>Details State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.SessionImpl#getExtraJson <em>Extra Json</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends MinimalEObjectImpl.Container implements Session
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
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEMA_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected int schemaVersion = SCHEMA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAtUnix() <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAtUnix()
	 * @generated
	 * @ordered
	 */
	protected static final double CREATED_AT_UNIX_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCreatedAtUnix() <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAtUnix()
	 * @generated
	 * @ordered
	 */
	protected double createdAtUnix = CREATED_AT_UNIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastRunAtUnix() <em>Last Run At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRunAtUnix()
	 * @generated
	 * @ordered
	 */
	protected static final Double LAST_RUN_AT_UNIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastRunAtUnix() <em>Last Run At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRunAtUnix()
	 * @generated
	 * @ordered
	 */
	protected Double lastRunAtUnix = LAST_RUN_AT_UNIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentId() <em>Parent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentId()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentId() <em>Parent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentId()
	 * @generated
	 * @ordered
	 */
	protected String parentId = PARENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRootId() <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootId()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootId() <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootId()
	 * @generated
	 * @ordered
	 */
	protected String rootId = ROOT_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Session parent;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Session> children;

	/**
	 * The default value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int DEPTH_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #isOrphan() <em>Orphan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOrphan()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ORPHAN_EDEFAULT = false;

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
	 * The default value of the '{@link #getMu() <em>Mu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMu()
	 * @generated
	 * @ordered
	 */
	protected static final double MU_EDEFAULT = 0.0;

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
	 * The default value of the '{@link #getBaseCkptHash() <em>Base Ckpt Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCkptHash()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_CKPT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseCkptHash() <em>Base Ckpt Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCkptHash()
	 * @generated
	 * @ordered
	 */
	protected String baseCkptHash = BASE_CKPT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelSignature() <em>Model Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelSignature()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelSignature() <em>Model Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelSignature()
	 * @generated
	 * @ordered
	 */
	protected String modelSignature = MODEL_SIGNATURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModelConfig() <em>Model Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelConfig()
	 * @generated
	 * @ordered
	 */
	protected ModelConfig modelConfig;

	/**
	 * The cached value of the '{@link #getPlasticityConfig() <em>Plasticity Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlasticityConfig()
	 * @generated
	 * @ordered
	 */
	protected PlasticityConfig plasticityConfig;

	/**
	 * The default value of the '{@link #getOptimizerVariant() <em>Optimizer Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizerVariant()
	 * @generated
	 * @ordered
	 */
	protected static final String OPTIMIZER_VARIANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptimizerVariant() <em>Optimizer Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizerVariant()
	 * @generated
	 * @ordered
	 */
	protected String optimizerVariant = OPTIMIZER_VARIANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getForkNote() <em>Fork Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForkNote()
	 * @generated
	 * @ordered
	 */
	protected static final String FORK_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForkNote() <em>Fork Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForkNote()
	 * @generated
	 * @ordered
	 */
	protected String forkNote = FORK_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getForkedFromRunId() <em>Forked From Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForkedFromRunId()
	 * @generated
	 * @ordered
	 */
	protected static final String FORKED_FROM_RUN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForkedFromRunId() <em>Forked From Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForkedFromRunId()
	 * @generated
	 * @ordered
	 */
	protected String forkedFromRunId = FORKED_FROM_RUN_ID_EDEFAULT;

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
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<Run> runs;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<UpdateEvent> events;

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
	 * The default value of the '{@link #getDetailsState() <em>Details State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetailsState()
	 * @generated
	 * @ordered
	 */
	protected static final LoadState DETAILS_STATE_EDEFAULT = LoadState.LOADED;

	/**
	 * The cached value of the '{@link #getDetailsState() <em>Details State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetailsState()
	 * @generated
	 * @ordered
	 */
	protected LoadState detailsState = DETAILS_STATE_EDEFAULT;

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
	protected SessionImpl()
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
		return StorePackage.Literals.SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Store getStore()
	{
		if (eContainerFeatureID() != StorePackage.SESSION__STORE) return null;
		return (Store)eInternalContainer();
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchemaVersion()
	{
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(int newSchemaVersion)
	{
		int oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCreatedAtUnix()
	{
		return createdAtUnix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAtUnix(double newCreatedAtUnix)
	{
		double oldCreatedAtUnix = createdAtUnix;
		createdAtUnix = newCreatedAtUnix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__CREATED_AT_UNIX, oldCreatedAtUnix, createdAtUnix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getLastRunAtUnix()
	{
		return lastRunAtUnix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastRunAtUnix(Double newLastRunAtUnix)
	{
		Double oldLastRunAtUnix = lastRunAtUnix;
		lastRunAtUnix = newLastRunAtUnix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__LAST_RUN_AT_UNIX, oldLastRunAtUnix, lastRunAtUnix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParentId()
	{
		return parentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentId(String newParentId)
	{
		String oldParentId = parentId;
		parentId = newParentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__PARENT_ID, oldParentId, parentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRootId()
	{
		return rootId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootId(String newRootId)
	{
		String oldRootId = rootId;
		rootId = newRootId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__ROOT_ID, oldRootId, rootId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session getParent()
	{
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Session newParent, NotificationChain msgs)
	{
		Session oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__PARENT, oldParent, newParent);
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
	public void setParent(Session newParent)
	{
		if (newParent != parent)
		{
			NotificationChain msgs = null;
			if (parent != null)
				msgs = ((InternalEObject)parent).eInverseRemove(this, StorePackage.SESSION__CHILDREN, Session.class, msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, StorePackage.SESSION__CHILDREN, Session.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Session> getChildren()
	{
		if (children == null)
		{
			children = new EObjectWithInverseEList<Session>(Session.class, this, StorePackage.SESSION__CHILDREN, StorePackage.SESSION__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session getRoot()
	{
		Session root = this;
		for (int hops = 0; root.getParent() != null && hops < 1_000_000; hops++) {
			root = root.getParent();
		}
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDepth()
	{
		int depth = 0;
		for (Session s = getParent(); s != null && depth < 1_000_000; s = s.getParent()) {
			depth++;
		}
		return depth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOrphan()
	{
		return getParentId() != null && getParent() == null;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__ENV_MODE, oldEnvMode, envMode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__MU, oldMu, mu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseCkptHash()
	{
		return baseCkptHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseCkptHash(String newBaseCkptHash)
	{
		String oldBaseCkptHash = baseCkptHash;
		baseCkptHash = newBaseCkptHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__BASE_CKPT_HASH, oldBaseCkptHash, baseCkptHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelSignature()
	{
		return modelSignature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelSignature(String newModelSignature)
	{
		String oldModelSignature = modelSignature;
		modelSignature = newModelSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__MODEL_SIGNATURE, oldModelSignature, modelSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelConfig getModelConfig()
	{
		return modelConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModelConfig(ModelConfig newModelConfig, NotificationChain msgs)
	{
		ModelConfig oldModelConfig = modelConfig;
		modelConfig = newModelConfig;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__MODEL_CONFIG, oldModelConfig, newModelConfig);
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
	public void setModelConfig(ModelConfig newModelConfig)
	{
		if (newModelConfig != modelConfig)
		{
			NotificationChain msgs = null;
			if (modelConfig != null)
				msgs = ((InternalEObject)modelConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorePackage.SESSION__MODEL_CONFIG, null, msgs);
			if (newModelConfig != null)
				msgs = ((InternalEObject)newModelConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorePackage.SESSION__MODEL_CONFIG, null, msgs);
			msgs = basicSetModelConfig(newModelConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__MODEL_CONFIG, newModelConfig, newModelConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlasticityConfig getPlasticityConfig()
	{
		return plasticityConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlasticityConfig(PlasticityConfig newPlasticityConfig, NotificationChain msgs)
	{
		PlasticityConfig oldPlasticityConfig = plasticityConfig;
		plasticityConfig = newPlasticityConfig;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__PLASTICITY_CONFIG, oldPlasticityConfig, newPlasticityConfig);
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
	public void setPlasticityConfig(PlasticityConfig newPlasticityConfig)
	{
		if (newPlasticityConfig != plasticityConfig)
		{
			NotificationChain msgs = null;
			if (plasticityConfig != null)
				msgs = ((InternalEObject)plasticityConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorePackage.SESSION__PLASTICITY_CONFIG, null, msgs);
			if (newPlasticityConfig != null)
				msgs = ((InternalEObject)newPlasticityConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorePackage.SESSION__PLASTICITY_CONFIG, null, msgs);
			msgs = basicSetPlasticityConfig(newPlasticityConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__PLASTICITY_CONFIG, newPlasticityConfig, newPlasticityConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOptimizerVariant()
	{
		return optimizerVariant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizerVariant(String newOptimizerVariant)
	{
		String oldOptimizerVariant = optimizerVariant;
		optimizerVariant = newOptimizerVariant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__OPTIMIZER_VARIANT, oldOptimizerVariant, optimizerVariant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForkNote()
	{
		return forkNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForkNote(String newForkNote)
	{
		String oldForkNote = forkNote;
		forkNote = newForkNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__FORK_NOTE, oldForkNote, forkNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForkedFromRunId()
	{
		return forkedFromRunId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForkedFromRunId(String newForkedFromRunId)
	{
		String oldForkedFromRunId = forkedFromRunId;
		forkedFromRunId = newForkedFromRunId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__FORKED_FROM_RUN_ID, oldForkedFromRunId, forkedFromRunId));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__METRICS, oldMetrics, newMetrics);
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
				msgs = ((InternalEObject)metrics).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorePackage.SESSION__METRICS, null, msgs);
			if (newMetrics != null)
				msgs = ((InternalEObject)newMetrics).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorePackage.SESSION__METRICS, null, msgs);
			msgs = basicSetMetrics(newMetrics, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__METRICS, newMetrics, newMetrics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Run> getRuns()
	{
		if (runs == null)
		{
			runs = new EObjectContainmentWithInverseEList<Run>(Run.class, this, StorePackage.SESSION__RUNS, StorePackage.RUN__SESSION);
		}
		return runs;
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
			events = new EObjectContainmentWithInverseEList<UpdateEvent>(UpdateEvent.class, this, StorePackage.SESSION__EVENTS, StorePackage.UPDATE_EVENT__SESSION);
		}
		return events;
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
			weights = new EObjectContainmentEList<Tensor>(Tensor.class, this, StorePackage.SESSION__WEIGHTS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__WEIGHTS_STATE, oldWeightsState, weightsState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoadState getDetailsState()
	{
		return detailsState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetailsState(LoadState newDetailsState)
	{
		LoadState oldDetailsState = detailsState;
		detailsState = newDetailsState == null ? DETAILS_STATE_EDEFAULT : newDetailsState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__DETAILS_STATE, oldDetailsState, detailsState));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.SESSION__EXTRA_JSON, oldExtraJson, extraJson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Run findRun(final String runId)
	{
		if (runId == null) {
			return null;
		}
		for (Run run : getRuns()) {
			if (runId.equals(run.getId())) {
				return run;
			}
		}
		return null;
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
			case StorePackage.SESSION__STORE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, StorePackage.SESSION__STORE, msgs);
			case StorePackage.SESSION__PARENT:
				if (parent != null)
					msgs = ((InternalEObject)parent).eInverseRemove(this, StorePackage.SESSION__CHILDREN, Session.class, msgs);
				return basicSetParent((Session)otherEnd, msgs);
			case StorePackage.SESSION__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case StorePackage.SESSION__RUNS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRuns()).basicAdd(otherEnd, msgs);
			case StorePackage.SESSION__EVENTS:
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
			case StorePackage.SESSION__STORE:
				return eBasicSetContainer(null, StorePackage.SESSION__STORE, msgs);
			case StorePackage.SESSION__PARENT:
				return basicSetParent(null, msgs);
			case StorePackage.SESSION__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case StorePackage.SESSION__MODEL_CONFIG:
				return basicSetModelConfig(null, msgs);
			case StorePackage.SESSION__PLASTICITY_CONFIG:
				return basicSetPlasticityConfig(null, msgs);
			case StorePackage.SESSION__METRICS:
				return basicSetMetrics(null, msgs);
			case StorePackage.SESSION__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
			case StorePackage.SESSION__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case StorePackage.SESSION__WEIGHTS:
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
			case StorePackage.SESSION__STORE:
				return eInternalContainer().eInverseRemove(this, StorePackage.STORE__SESSIONS, Store.class, msgs);
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
			case StorePackage.SESSION__STORE:
				return getStore();
			case StorePackage.SESSION__ID:
				return getId();
			case StorePackage.SESSION__SCHEMA_VERSION:
				return getSchemaVersion();
			case StorePackage.SESSION__CREATED_AT_UNIX:
				return getCreatedAtUnix();
			case StorePackage.SESSION__LAST_RUN_AT_UNIX:
				return getLastRunAtUnix();
			case StorePackage.SESSION__PARENT_ID:
				return getParentId();
			case StorePackage.SESSION__ROOT_ID:
				return getRootId();
			case StorePackage.SESSION__PARENT:
				return getParent();
			case StorePackage.SESSION__CHILDREN:
				return getChildren();
			case StorePackage.SESSION__ROOT:
				return getRoot();
			case StorePackage.SESSION__DEPTH:
				return getDepth();
			case StorePackage.SESSION__ORPHAN:
				return isOrphan();
			case StorePackage.SESSION__ENV_MODE:
				return getEnvMode();
			case StorePackage.SESSION__MU:
				return getMu();
			case StorePackage.SESSION__BASE_CKPT_HASH:
				return getBaseCkptHash();
			case StorePackage.SESSION__MODEL_SIGNATURE:
				return getModelSignature();
			case StorePackage.SESSION__MODEL_CONFIG:
				return getModelConfig();
			case StorePackage.SESSION__PLASTICITY_CONFIG:
				return getPlasticityConfig();
			case StorePackage.SESSION__OPTIMIZER_VARIANT:
				return getOptimizerVariant();
			case StorePackage.SESSION__FORK_NOTE:
				return getForkNote();
			case StorePackage.SESSION__FORKED_FROM_RUN_ID:
				return getForkedFromRunId();
			case StorePackage.SESSION__METRICS:
				return getMetrics();
			case StorePackage.SESSION__RUNS:
				return getRuns();
			case StorePackage.SESSION__EVENTS:
				return getEvents();
			case StorePackage.SESSION__WEIGHTS:
				return getWeights();
			case StorePackage.SESSION__WEIGHTS_STATE:
				return getWeightsState();
			case StorePackage.SESSION__DETAILS_STATE:
				return getDetailsState();
			case StorePackage.SESSION__EXTRA_JSON:
				return getExtraJson();
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
			case StorePackage.SESSION__ID:
				setId((String)newValue);
				return;
			case StorePackage.SESSION__SCHEMA_VERSION:
				setSchemaVersion((Integer)newValue);
				return;
			case StorePackage.SESSION__CREATED_AT_UNIX:
				setCreatedAtUnix((Double)newValue);
				return;
			case StorePackage.SESSION__LAST_RUN_AT_UNIX:
				setLastRunAtUnix((Double)newValue);
				return;
			case StorePackage.SESSION__PARENT_ID:
				setParentId((String)newValue);
				return;
			case StorePackage.SESSION__ROOT_ID:
				setRootId((String)newValue);
				return;
			case StorePackage.SESSION__PARENT:
				setParent((Session)newValue);
				return;
			case StorePackage.SESSION__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Session>)newValue);
				return;
			case StorePackage.SESSION__ENV_MODE:
				setEnvMode((EnvMode)newValue);
				return;
			case StorePackage.SESSION__MU:
				setMu((Double)newValue);
				return;
			case StorePackage.SESSION__BASE_CKPT_HASH:
				setBaseCkptHash((String)newValue);
				return;
			case StorePackage.SESSION__MODEL_SIGNATURE:
				setModelSignature((String)newValue);
				return;
			case StorePackage.SESSION__MODEL_CONFIG:
				setModelConfig((ModelConfig)newValue);
				return;
			case StorePackage.SESSION__PLASTICITY_CONFIG:
				setPlasticityConfig((PlasticityConfig)newValue);
				return;
			case StorePackage.SESSION__OPTIMIZER_VARIANT:
				setOptimizerVariant((String)newValue);
				return;
			case StorePackage.SESSION__FORK_NOTE:
				setForkNote((String)newValue);
				return;
			case StorePackage.SESSION__FORKED_FROM_RUN_ID:
				setForkedFromRunId((String)newValue);
				return;
			case StorePackage.SESSION__METRICS:
				setMetrics((RunMetrics)newValue);
				return;
			case StorePackage.SESSION__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends Run>)newValue);
				return;
			case StorePackage.SESSION__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends UpdateEvent>)newValue);
				return;
			case StorePackage.SESSION__WEIGHTS:
				getWeights().clear();
				getWeights().addAll((Collection<? extends Tensor>)newValue);
				return;
			case StorePackage.SESSION__WEIGHTS_STATE:
				setWeightsState((LoadState)newValue);
				return;
			case StorePackage.SESSION__DETAILS_STATE:
				setDetailsState((LoadState)newValue);
				return;
			case StorePackage.SESSION__EXTRA_JSON:
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
			case StorePackage.SESSION__ID:
				setId(ID_EDEFAULT);
				return;
			case StorePackage.SESSION__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case StorePackage.SESSION__CREATED_AT_UNIX:
				setCreatedAtUnix(CREATED_AT_UNIX_EDEFAULT);
				return;
			case StorePackage.SESSION__LAST_RUN_AT_UNIX:
				setLastRunAtUnix(LAST_RUN_AT_UNIX_EDEFAULT);
				return;
			case StorePackage.SESSION__PARENT_ID:
				setParentId(PARENT_ID_EDEFAULT);
				return;
			case StorePackage.SESSION__ROOT_ID:
				setRootId(ROOT_ID_EDEFAULT);
				return;
			case StorePackage.SESSION__PARENT:
				setParent((Session)null);
				return;
			case StorePackage.SESSION__CHILDREN:
				getChildren().clear();
				return;
			case StorePackage.SESSION__ENV_MODE:
				setEnvMode(ENV_MODE_EDEFAULT);
				return;
			case StorePackage.SESSION__MU:
				setMu(MU_EDEFAULT);
				return;
			case StorePackage.SESSION__BASE_CKPT_HASH:
				setBaseCkptHash(BASE_CKPT_HASH_EDEFAULT);
				return;
			case StorePackage.SESSION__MODEL_SIGNATURE:
				setModelSignature(MODEL_SIGNATURE_EDEFAULT);
				return;
			case StorePackage.SESSION__MODEL_CONFIG:
				setModelConfig((ModelConfig)null);
				return;
			case StorePackage.SESSION__PLASTICITY_CONFIG:
				setPlasticityConfig((PlasticityConfig)null);
				return;
			case StorePackage.SESSION__OPTIMIZER_VARIANT:
				setOptimizerVariant(OPTIMIZER_VARIANT_EDEFAULT);
				return;
			case StorePackage.SESSION__FORK_NOTE:
				setForkNote(FORK_NOTE_EDEFAULT);
				return;
			case StorePackage.SESSION__FORKED_FROM_RUN_ID:
				setForkedFromRunId(FORKED_FROM_RUN_ID_EDEFAULT);
				return;
			case StorePackage.SESSION__METRICS:
				setMetrics((RunMetrics)null);
				return;
			case StorePackage.SESSION__RUNS:
				getRuns().clear();
				return;
			case StorePackage.SESSION__EVENTS:
				getEvents().clear();
				return;
			case StorePackage.SESSION__WEIGHTS:
				getWeights().clear();
				return;
			case StorePackage.SESSION__WEIGHTS_STATE:
				setWeightsState(WEIGHTS_STATE_EDEFAULT);
				return;
			case StorePackage.SESSION__DETAILS_STATE:
				setDetailsState(DETAILS_STATE_EDEFAULT);
				return;
			case StorePackage.SESSION__EXTRA_JSON:
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
			case StorePackage.SESSION__STORE:
				return getStore() != null;
			case StorePackage.SESSION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case StorePackage.SESSION__SCHEMA_VERSION:
				return schemaVersion != SCHEMA_VERSION_EDEFAULT;
			case StorePackage.SESSION__CREATED_AT_UNIX:
				return createdAtUnix != CREATED_AT_UNIX_EDEFAULT;
			case StorePackage.SESSION__LAST_RUN_AT_UNIX:
				return LAST_RUN_AT_UNIX_EDEFAULT == null ? lastRunAtUnix != null : !LAST_RUN_AT_UNIX_EDEFAULT.equals(lastRunAtUnix);
			case StorePackage.SESSION__PARENT_ID:
				return PARENT_ID_EDEFAULT == null ? parentId != null : !PARENT_ID_EDEFAULT.equals(parentId);
			case StorePackage.SESSION__ROOT_ID:
				return ROOT_ID_EDEFAULT == null ? rootId != null : !ROOT_ID_EDEFAULT.equals(rootId);
			case StorePackage.SESSION__PARENT:
				return parent != null;
			case StorePackage.SESSION__CHILDREN:
				return children != null && !children.isEmpty();
			case StorePackage.SESSION__ROOT:
				return getRoot() != null;
			case StorePackage.SESSION__DEPTH:
				return getDepth() != DEPTH_EDEFAULT;
			case StorePackage.SESSION__ORPHAN:
				return isOrphan() != ORPHAN_EDEFAULT;
			case StorePackage.SESSION__ENV_MODE:
				return envMode != ENV_MODE_EDEFAULT;
			case StorePackage.SESSION__MU:
				return mu != MU_EDEFAULT;
			case StorePackage.SESSION__BASE_CKPT_HASH:
				return BASE_CKPT_HASH_EDEFAULT == null ? baseCkptHash != null : !BASE_CKPT_HASH_EDEFAULT.equals(baseCkptHash);
			case StorePackage.SESSION__MODEL_SIGNATURE:
				return MODEL_SIGNATURE_EDEFAULT == null ? modelSignature != null : !MODEL_SIGNATURE_EDEFAULT.equals(modelSignature);
			case StorePackage.SESSION__MODEL_CONFIG:
				return modelConfig != null;
			case StorePackage.SESSION__PLASTICITY_CONFIG:
				return plasticityConfig != null;
			case StorePackage.SESSION__OPTIMIZER_VARIANT:
				return OPTIMIZER_VARIANT_EDEFAULT == null ? optimizerVariant != null : !OPTIMIZER_VARIANT_EDEFAULT.equals(optimizerVariant);
			case StorePackage.SESSION__FORK_NOTE:
				return FORK_NOTE_EDEFAULT == null ? forkNote != null : !FORK_NOTE_EDEFAULT.equals(forkNote);
			case StorePackage.SESSION__FORKED_FROM_RUN_ID:
				return FORKED_FROM_RUN_ID_EDEFAULT == null ? forkedFromRunId != null : !FORKED_FROM_RUN_ID_EDEFAULT.equals(forkedFromRunId);
			case StorePackage.SESSION__METRICS:
				return metrics != null;
			case StorePackage.SESSION__RUNS:
				return runs != null && !runs.isEmpty();
			case StorePackage.SESSION__EVENTS:
				return events != null && !events.isEmpty();
			case StorePackage.SESSION__WEIGHTS:
				return weights != null && !weights.isEmpty();
			case StorePackage.SESSION__WEIGHTS_STATE:
				return weightsState != WEIGHTS_STATE_EDEFAULT;
			case StorePackage.SESSION__DETAILS_STATE:
				return detailsState != DETAILS_STATE_EDEFAULT;
			case StorePackage.SESSION__EXTRA_JSON:
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
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case StorePackage.SESSION___FIND_RUN__STRING:
				return findRun((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", schemaVersion: ");
		result.append(schemaVersion);
		result.append(", createdAtUnix: ");
		result.append(createdAtUnix);
		result.append(", lastRunAtUnix: ");
		result.append(lastRunAtUnix);
		result.append(", parentId: ");
		result.append(parentId);
		result.append(", rootId: ");
		result.append(rootId);
		result.append(", envMode: ");
		result.append(envMode);
		result.append(", mu: ");
		result.append(mu);
		result.append(", baseCkptHash: ");
		result.append(baseCkptHash);
		result.append(", modelSignature: ");
		result.append(modelSignature);
		result.append(", optimizerVariant: ");
		result.append(optimizerVariant);
		result.append(", forkNote: ");
		result.append(forkNote);
		result.append(", forkedFromRunId: ");
		result.append(forkedFromRunId);
		result.append(", weightsState: ");
		result.append(weightsState);
		result.append(", detailsState: ");
		result.append(detailsState);
		result.append(", extraJson: ");
		result.append(extraJson);
		result.append(')');
		return result.toString();
	}

} //SessionImpl

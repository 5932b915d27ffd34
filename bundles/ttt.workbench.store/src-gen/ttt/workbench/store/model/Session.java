/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One session: sessions/<id>/meta.json, its metrics.json, its runs and its update_events.jsonl. Sessions form a tree through parent/children (object references); parentId/rootId keep the strings of the file so that an orphan, whose parent folder is missing, can still be shown.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.Session#getStore <em>Store</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getId <em>Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getCreatedAtUnix <em>Created At Unix</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getLastRunAtUnix <em>Last Run At Unix</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getParentId <em>Parent Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getRootId <em>Root Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getParent <em>Parent</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getChildren <em>Children</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getRoot <em>Root</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getDepth <em>Depth</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#isOrphan <em>Orphan</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getEnvMode <em>Env Mode</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getMu <em>Mu</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getBaseCkptHash <em>Base Ckpt Hash</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getModelSignature <em>Model Signature</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getModelConfig <em>Model Config</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getPlasticityConfig <em>Plasticity Config</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getOptimizerVariant <em>Optimizer Variant</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getForkNote <em>Fork Note</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getForkedFromRunId <em>Forked From Run Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getRuns <em>Runs</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getEvents <em>Events</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getWeights <em>Weights</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getWeightsState <em>Weights State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getDetailsState <em>Details State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Session#getExtraJson <em>Extra Json</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getSession()
 * @model
 * @generated
 */
public interface Session extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Store</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.Store#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The store containing this session (container reference).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Store</em>' container reference.
	 * @see ttt.workbench.store.model.StorePackage#getSession_Store()
	 * @see ttt.workbench.store.model.Store#getSessions
	 * @model opposite="sessions" changeable="false"
	 * @generated
	 */
	Store getStore();

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * session_id, also the folder name under sessions/.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see ttt.workbench.store.model.StorePackage#getSession_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * schema_version (1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(int)
	 * @see ttt.workbench.store.model.StorePackage#getSession_SchemaVersion()
	 * @model default="1"
	 * @generated
	 */
	int getSchemaVersion();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(int value);

	/**
	 * Returns the value of the '<em><b>Created At Unix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * created_at_unix, seconds since the epoch (an integer in the reference's files; keep integral values integral when writing).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At Unix</em>' attribute.
	 * @see #setCreatedAtUnix(double)
	 * @see ttt.workbench.store.model.StorePackage#getSession_CreatedAtUnix()
	 * @model
	 * @generated
	 */
	double getCreatedAtUnix();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getCreatedAtUnix <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At Unix</em>' attribute.
	 * @see #getCreatedAtUnix()
	 * @generated
	 */
	void setCreatedAtUnix(double value);

	/**
	 * Returns the value of the '<em><b>Last Run At Unix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * last_run_at_unix; null until the first run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Run At Unix</em>' attribute.
	 * @see #setLastRunAtUnix(Double)
	 * @see ttt.workbench.store.model.StorePackage#getSession_LastRunAtUnix()
	 * @model
	 * @generated
	 */
	Double getLastRunAtUnix();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getLastRunAtUnix <em>Last Run At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Run At Unix</em>' attribute.
	 * @see #getLastRunAtUnix()
	 * @generated
	 */
	void setLastRunAtUnix(Double value);

	/**
	 * Returns the value of the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * parent_session_id as written in meta.json; null for a session made from the base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent Id</em>' attribute.
	 * @see #setParentId(String)
	 * @see ttt.workbench.store.model.StorePackage#getSession_ParentId()
	 * @model
	 * @generated
	 */
	String getParentId();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getParentId <em>Parent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Id</em>' attribute.
	 * @see #getParentId()
	 * @generated
	 */
	void setParentId(String value);

	/**
	 * Returns the value of the '<em><b>Root Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * root_session_id as written in meta.json: the session's own id when made from the base, else the parent's root id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Id</em>' attribute.
	 * @see #setRootId(String)
	 * @see ttt.workbench.store.model.StorePackage#getSession_RootId()
	 * @model
	 * @generated
	 */
	String getRootId();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getRootId <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Id</em>' attribute.
	 * @see #getRootId()
	 * @generated
	 */
	void setRootId(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.Session#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session this one was forked from (the object whose id is parentId), or null when made from the base or when the parent is missing (orphan). Setting it updates the parent's children. The persistence code never creates a cycle (a cyclic meta.json becomes a StoreProblem).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Session)
	 * @see ttt.workbench.store.model.StorePackage#getSession_Parent()
	 * @see ttt.workbench.store.model.Session#getChildren
	 * @model opposite="children" resolveProxies="false"
	 * @generated
	 */
	Session getParent();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Session value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.Session}.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.Session#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sessions forked from this one (inverse of parent, kept in sync by EMF).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' reference list.
	 * @see ttt.workbench.store.model.StorePackage#getSession_Children()
	 * @see ttt.workbench.store.model.Session#getParent
	 * @model opposite="parent" resolveProxies="false"
	 * @generated
	 */
	EList<Session> getChildren();

	/**
	 * Returns the value of the '<em><b>Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived: the topmost ancestor reachable through parent (this session itself when it has no parent). For a consistent store its id equals rootId; for an orphan it is the orphan itself while rootId keeps the file's value. Computed on each call (no notifications).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root</em>' reference.
	 * @see ttt.workbench.store.model.StorePackage#getSession_Root()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Session getRoot();

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived lineage depth: the number of forks between the base and this session, i.e. 0 for a session made from the base (or an orphan), 1 for its children, and so on. Computed on each call (no notifications).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see ttt.workbench.store.model.StorePackage#getSession_Depth()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getDepth();

	/**
	 * Returns the value of the '<em><b>Orphan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived: true when meta.json names a parent (parentId) but no such session object is linked as parent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Orphan</em>' attribute.
	 * @see ttt.workbench.store.model.StorePackage#getSession_Orphan()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isOrphan();

	/**
	 * Returns the value of the '<em><b>Env Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.EnvMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * env_mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Env Mode</em>' attribute.
	 * @see ttt.workbench.store.model.EnvMode
	 * @see #setEnvMode(EnvMode)
	 * @see ttt.workbench.store.model.StorePackage#getSession_EnvMode()
	 * @model
	 * @generated
	 */
	EnvMode getEnvMode();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getEnvMode <em>Env Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Env Mode</em>' attribute.
	 * @see ttt.workbench.store.model.EnvMode
	 * @see #getEnvMode()
	 * @generated
	 */
	void setEnvMode(EnvMode value);

	/**
	 * Returns the value of the '<em><b>Mu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * mu: the hidden friction of the session's environment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mu</em>' attribute.
	 * @see #setMu(double)
	 * @see ttt.workbench.store.model.StorePackage#getSession_Mu()
	 * @model
	 * @generated
	 */
	double getMu();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getMu <em>Mu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mu</em>' attribute.
	 * @see #getMu()
	 * @generated
	 */
	void setMu(double value);

	/**
	 * Returns the value of the '<em><b>Base Ckpt Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * base_ckpt_hash of the base the session was made from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Ckpt Hash</em>' attribute.
	 * @see #setBaseCkptHash(String)
	 * @see ttt.workbench.store.model.StorePackage#getSession_BaseCkptHash()
	 * @model
	 * @generated
	 */
	String getBaseCkptHash();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getBaseCkptHash <em>Base Ckpt Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Ckpt Hash</em>' attribute.
	 * @see #getBaseCkptHash()
	 * @generated
	 */
	void setBaseCkptHash(String value);

	/**
	 * Returns the value of the '<em><b>Model Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * model_signature; must equal Base.modelSignature (a mismatch is a StoreProblem and the session cannot run).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Signature</em>' attribute.
	 * @see #setModelSignature(String)
	 * @see ttt.workbench.store.model.StorePackage#getSession_ModelSignature()
	 * @model
	 * @generated
	 */
	String getModelSignature();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getModelSignature <em>Model Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Signature</em>' attribute.
	 * @see #getModelSignature()
	 * @generated
	 */
	void setModelSignature(String value);

	/**
	 * Returns the value of the '<em><b>Model Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * model_cfg (a copy of the base's).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Config</em>' containment reference.
	 * @see #setModelConfig(ModelConfig)
	 * @see ttt.workbench.store.model.StorePackage#getSession_ModelConfig()
	 * @model containment="true"
	 * @generated
	 */
	ModelConfig getModelConfig();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getModelConfig <em>Model Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Config</em>' containment reference.
	 * @see #getModelConfig()
	 * @generated
	 */
	void setModelConfig(ModelConfig value);

	/**
	 * Returns the value of the '<em><b>Plasticity Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * plasticity_cfg.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plasticity Config</em>' containment reference.
	 * @see #setPlasticityConfig(PlasticityConfig)
	 * @see ttt.workbench.store.model.StorePackage#getSession_PlasticityConfig()
	 * @model containment="true"
	 * @generated
	 */
	PlasticityConfig getPlasticityConfig();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getPlasticityConfig <em>Plasticity Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plasticity Config</em>' containment reference.
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	void setPlasticityConfig(PlasticityConfig value);

	/**
	 * Returns the value of the '<em><b>Optimizer Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level meta key optimizer: "muon_torch" or "muon_fallback"; null when the session was written by the reference (the variant then follows Base.torchVersion, SPEC §3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optimizer Variant</em>' attribute.
	 * @see #setOptimizerVariant(String)
	 * @see ttt.workbench.store.model.StorePackage#getSession_OptimizerVariant()
	 * @model
	 * @generated
	 */
	String getOptimizerVariant();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getOptimizerVariant <em>Optimizer Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer Variant</em>' attribute.
	 * @see #getOptimizerVariant()
	 * @generated
	 */
	void setOptimizerVariant(String value);

	/**
	 * Returns the value of the '<em><b>Fork Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text given when forking (a top-level meta key written by this product); null if none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fork Note</em>' attribute.
	 * @see #setForkNote(String)
	 * @see ttt.workbench.store.model.StorePackage#getSession_ForkNote()
	 * @model
	 * @generated
	 */
	String getForkNote();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getForkNote <em>Fork Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fork Note</em>' attribute.
	 * @see #getForkNote()
	 * @generated
	 */
	void setForkNote(String value);

	/**
	 * Returns the value of the '<em><b>Forked From Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parent's run whose end-of-run weights this fork started from (fork_session --from_run, a top-level meta key); null when forked from the parent's current weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forked From Run Id</em>' attribute.
	 * @see #setForkedFromRunId(String)
	 * @see ttt.workbench.store.model.StorePackage#getSession_ForkedFromRunId()
	 * @model
	 * @generated
	 */
	String getForkedFromRunId();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getForkedFromRunId <em>Forked From Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forked From Run Id</em>' attribute.
	 * @see #getForkedFromRunId()
	 * @generated
	 */
	void setForkedFromRunId(String value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session's metrics.json: the summary of its latest run, or only notes ("session created") before any run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference.
	 * @see #setMetrics(RunMetrics)
	 * @see ttt.workbench.store.model.StorePackage#getSession_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	RunMetrics getMetrics();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getMetrics <em>Metrics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metrics</em>' containment reference.
	 * @see #getMetrics()
	 * @generated
	 */
	void setMetrics(RunMetrics value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.Run}.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.Run#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The folders of runs/, oldest first (by the unix seconds in the run id, then by id).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see ttt.workbench.store.model.StorePackage#getSession_Runs()
	 * @see ttt.workbench.store.model.Run#getSession
	 * @model opposite="session" containment="true"
	 * @generated
	 */
	EList<Run> getRuns();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.UpdateEvent}.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.UpdateEvent#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every line of update_events.jsonl, in file order: the session owns its events; each is attributed to its run through UpdateEvent.run / Run.events.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see ttt.workbench.store.model.StorePackage#getSession_Events()
	 * @see ttt.workbench.store.model.UpdateEvent#getSession
	 * @model opposite="session" containment="true"
	 * @generated
	 */
	EList<UpdateEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' containment reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.Tensor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session's current plastic weights (plastic_state.pt): W_u, B, W_o. Filled lazily: see weightsState.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weights</em>' containment reference list.
	 * @see ttt.workbench.store.model.StorePackage#getSession_Weights()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tensor> getWeights();

	/**
	 * Returns the value of the '<em><b>Weights State</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.LoadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether weights has been read from plastic_state.pt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weights State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #setWeightsState(LoadState)
	 * @see ttt.workbench.store.model.StorePackage#getSession_WeightsState()
	 * @model transient="true"
	 * @generated
	 */
	LoadState getWeightsState();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getWeightsState <em>Weights State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weights State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #getWeightsState()
	 * @generated
	 */
	void setWeightsState(LoadState value);

	/**
	 * Returns the value of the '<em><b>Details State</b></em>' attribute.
	 * The default value is <code>"loaded"</code>.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.LoadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the session's details have been read: LOADED (the default, and what an eager read or a writer gives) means meta.json, metrics.json, the runs and update_events.jsonl are in the model; NOT_LOADED means the session is a summary from sessions/index.json only (id, parentId, rootId, createdAtUnix, lastRunAtUnix, envMode, mu, modelSignature; parent/children linked) and everything else is empty until SessionLoader.ensureLoaded or requestLoad reads it; MISSING / FAILED: reading the details failed (a StoreProblem names the file). Set only by the persistence code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Details State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #setDetailsState(LoadState)
	 * @see ttt.workbench.store.model.StorePackage#getSession_DetailsState()
	 * @model default="loaded" transient="true"
	 * @generated
	 */
	LoadState getDetailsState();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getDetailsState <em>Details State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Details State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #getDetailsState()
	 * @generated
	 */
	void setDetailsState(LoadState value);

	/**
	 * Returns the value of the '<em><b>Extra Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level keys of meta.json this model does not know, kept so that a rewrite loses nothing; null when there are none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Json</em>' attribute.
	 * @see #setExtraJson(ObjectNode)
	 * @see ttt.workbench.store.model.StorePackage#getSession_ExtraJson()
	 * @model dataType="ttt.workbench.store.model.JsonObject"
	 * @generated
	 */
	ObjectNode getExtraJson();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Session#getExtraJson <em>Extra Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Json</em>' attribute.
	 * @see #getExtraJson()
	 * @generated
	 */
	void setExtraJson(ObjectNode value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The run of this session with this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Run findRun(String runId);

} // Session

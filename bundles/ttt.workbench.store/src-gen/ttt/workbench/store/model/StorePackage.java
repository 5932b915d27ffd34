/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * In-memory mirror of a TTT-SSM artifact store (SPEC §2). The files on disk are the only source of truth: hand-written persistence code (other packages of this bundle) fills this model from them and writes changes back; the UI observes it through EMF notifications. Generated from model/store.ecore with model/regenerate.sh: never edit src-gen by hand.
 * <!-- end-model-doc -->
 * @see ttt.workbench.store.model.StoreFactory
 * @model kind="package"
 * @generated
 */
public interface StorePackage extends EPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ttt.workbench/store/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "store";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StorePackage eINSTANCE = ttt.workbench.store.model.impl.StorePackageImpl.init();

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.StoreImpl <em>Store</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.StoreImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getStore()
	 * @generated
	 */
	int STORE = 0;

	/**
	 * The feature id for the '<em><b>Root Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__ROOT_PATH = 0;

	/**
	 * The feature id for the '<em><b>Base</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__BASE = 1;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__SESSIONS = 2;

	/**
	 * The feature id for the '<em><b>Root Sessions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__ROOT_SESSIONS = 3;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE__PROBLEMS = 4;

	/**
	 * The number of structural features of the '<em>Store</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Find Session</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE___FIND_SESSION__STRING = 0;

	/**
	 * The number of operations of the '<em>Store</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.StoreProblemImpl <em>Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.StoreProblemImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getStoreProblem()
	 * @generated
	 */
	int STORE_PROBLEM = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_PROBLEM__PATH = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_PROBLEM__LINE = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_PROBLEM__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_PROBLEM__SEVERITY = 3;

	/**
	 * The number of structural features of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_PROBLEM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORE_PROBLEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.BaseImpl <em>Base</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.BaseImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getBase()
	 * @generated
	 */
	int BASE = 2;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__SCHEMA_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Created At Unix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__CREATED_AT_UNIX = 1;

	/**
	 * The feature id for the '<em><b>Torch Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__TORCH_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__ENGINE_VERSION = 3;

	/**
	 * The feature id for the '<em><b>Base Ckpt Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__BASE_CKPT_HASH = 4;

	/**
	 * The feature id for the '<em><b>Model Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__MODEL_SIGNATURE = 5;

	/**
	 * The feature id for the '<em><b>Model Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__MODEL_CONFIG = 6;

	/**
	 * The feature id for the '<em><b>Tensors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__TENSORS = 7;

	/**
	 * The feature id for the '<em><b>Tensors State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__TENSORS_STATE = 8;

	/**
	 * The feature id for the '<em><b>Extra Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE__EXTRA_JSON = 9;

	/**
	 * The number of structural features of the '<em>Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.ModelConfigImpl <em>Model Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.ModelConfigImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getModelConfig()
	 * @generated
	 */
	int MODEL_CONFIG = 3;

	/**
	 * The feature id for the '<em><b>Obs Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_CONFIG__OBS_DIM = 0;

	/**
	 * The feature id for the '<em><b>Act Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_CONFIG__ACT_DIM = 1;

	/**
	 * The feature id for the '<em><b>ZDim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_CONFIG__ZDIM = 2;

	/**
	 * The feature id for the '<em><b>UDim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_CONFIG__UDIM = 3;

	/**
	 * The feature id for the '<em><b>NState</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_CONFIG__NSTATE = 4;

	/**
	 * The feature id for the '<em><b>Dt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_CONFIG__DT = 5;

	/**
	 * The number of structural features of the '<em>Model Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_CONFIG_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Model Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.PlasticityConfigImpl <em>Plasticity Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.PlasticityConfigImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getPlasticityConfig()
	 * @generated
	 */
	int PLASTICITY_CONFIG = 4;

	/**
	 * The feature id for the '<em><b>Lr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__LR = 0;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__WEIGHT_DECAY = 1;

	/**
	 * The feature id for the '<em><b>Momentum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__MOMENTUM = 2;

	/**
	 * The feature id for the '<em><b>Nesterov</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__NESTEROV = 3;

	/**
	 * The feature id for the '<em><b>Ns Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__NS_STEPS = 4;

	/**
	 * The feature id for the '<em><b>Adjust Lr Fn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__ADJUST_LR_FN = 5;

	/**
	 * The feature id for the '<em><b>Chunk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__CHUNK = 6;

	/**
	 * The feature id for the '<em><b>Buffer Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__BUFFER_LEN = 7;

	/**
	 * The feature id for the '<em><b>Rollback Tol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__ROLLBACK_TOL = 8;

	/**
	 * The feature id for the '<em><b>Grad Norm Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__GRAD_NORM_MAX = 9;

	/**
	 * The feature id for the '<em><b>State Norm Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG__STATE_NORM_MAX = 10;

	/**
	 * The number of structural features of the '<em>Plasticity Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Plasticity Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.SessionImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 5;

	/**
	 * The feature id for the '<em><b>Store</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__STORE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ID = 1;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SCHEMA_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Created At Unix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CREATED_AT_UNIX = 3;

	/**
	 * The feature id for the '<em><b>Last Run At Unix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__LAST_RUN_AT_UNIX = 4;

	/**
	 * The feature id for the '<em><b>Parent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PARENT_ID = 5;

	/**
	 * The feature id for the '<em><b>Root Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ROOT_ID = 6;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PARENT = 7;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CHILDREN = 8;

	/**
	 * The feature id for the '<em><b>Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ROOT = 9;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DEPTH = 10;

	/**
	 * The feature id for the '<em><b>Orphan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ORPHAN = 11;

	/**
	 * The feature id for the '<em><b>Env Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ENV_MODE = 12;

	/**
	 * The feature id for the '<em><b>Mu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__MU = 13;

	/**
	 * The feature id for the '<em><b>Base Ckpt Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__BASE_CKPT_HASH = 14;

	/**
	 * The feature id for the '<em><b>Model Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__MODEL_SIGNATURE = 15;

	/**
	 * The feature id for the '<em><b>Model Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__MODEL_CONFIG = 16;

	/**
	 * The feature id for the '<em><b>Plasticity Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PLASTICITY_CONFIG = 17;

	/**
	 * The feature id for the '<em><b>Optimizer Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__OPTIMIZER_VARIANT = 18;

	/**
	 * The feature id for the '<em><b>Fork Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__FORK_NOTE = 19;

	/**
	 * The feature id for the '<em><b>Forked From Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__FORKED_FROM_RUN_ID = 20;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__METRICS = 21;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__RUNS = 22;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__EVENTS = 23;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__WEIGHTS = 24;

	/**
	 * The feature id for the '<em><b>Weights State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__WEIGHTS_STATE = 25;

	/**
	 * The feature id for the '<em><b>Details State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DETAILS_STATE = 26;

	/**
	 * The feature id for the '<em><b>Extra Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__EXTRA_JSON = 27;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = 28;

	/**
	 * The operation id for the '<em>Find Run</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION___FIND_RUN__STRING = 0;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.RunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.RunImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getRun()
	 * @generated
	 */
	int RUN = 6;

	/**
	 * The feature id for the '<em><b>Session</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SESSION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ID = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SEED = 2;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STEPS = 3;

	/**
	 * The feature id for the '<em><b>Created At Unix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__CREATED_AT_UNIX = 4;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__METRICS = 5;

	/**
	 * The feature id for the '<em><b>Events</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EVENTS = 6;

	/**
	 * The feature id for the '<em><b>Per Step</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__PER_STEP = 7;

	/**
	 * The feature id for the '<em><b>Per Step State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__PER_STEP_STATE = 8;

	/**
	 * The feature id for the '<em><b>Trajectory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__TRAJECTORY = 9;

	/**
	 * The feature id for the '<em><b>Trajectory State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__TRAJECTORY_STATE = 10;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__WEIGHTS = 11;

	/**
	 * The feature id for the '<em><b>Weights State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__WEIGHTS_STATE = 12;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.RunMetricsImpl <em>Run Metrics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.RunMetricsImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getRunMetrics()
	 * @generated
	 */
	int RUN_METRICS = 7;

	/**
	 * The feature id for the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__RUN_ID = 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__SEED = 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__STEPS = 2;

	/**
	 * The feature id for the '<em><b>Mu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__MU = 3;

	/**
	 * The feature id for the '<em><b>Env Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__ENV_MODE = 4;

	/**
	 * The feature id for the '<em><b>Base Mse Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__BASE_MSE_MEAN = 5;

	/**
	 * The feature id for the '<em><b>Session No Update Mse Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN = 6;

	/**
	 * The feature id for the '<em><b>Adaptive Mse Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__ADAPTIVE_MSE_MEAN = 7;

	/**
	 * The feature id for the '<em><b>Base Mse Last100 Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__BASE_MSE_LAST100_MEAN = 8;

	/**
	 * The feature id for the '<em><b>Session No Update Last100 Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN = 9;

	/**
	 * The feature id for the '<em><b>Adaptive Last100 Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__ADAPTIVE_LAST100_MEAN = 10;

	/**
	 * The feature id for the '<em><b>Updates Attempted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__UPDATES_ATTEMPTED = 11;

	/**
	 * The feature id for the '<em><b>Updates Committed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__UPDATES_COMMITTED = 12;

	/**
	 * The feature id for the '<em><b>Updates Rolled Back</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__UPDATES_ROLLED_BACK = 13;

	/**
	 * The feature id for the '<em><b>Run Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__RUN_DIR = 14;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__NOTES = 15;

	/**
	 * The feature id for the '<em><b>Synthesized</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__SYNTHESIZED = 16;

	/**
	 * The feature id for the '<em><b>Extra Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS__EXTRA_JSON = 17;

	/**
	 * The number of structural features of the '<em>Run Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Run Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_METRICS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.UpdateEventImpl <em>Update Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.UpdateEventImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getUpdateEvent()
	 * @generated
	 */
	int UPDATE_EVENT = 8;

	/**
	 * The feature id for the '<em><b>Session</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__SESSION = 0;

	/**
	 * The feature id for the '<em><b>T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__T = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Committed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__COMMITTED = 3;

	/**
	 * The feature id for the '<em><b>Pre Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__PRE_LOSS = 4;

	/**
	 * The feature id for the '<em><b>Post Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__POST_LOSS = 5;

	/**
	 * The feature id for the '<em><b>Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__GRAD_NORM = 6;

	/**
	 * The feature id for the '<em><b>Pre Max H</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__PRE_MAX_H = 7;

	/**
	 * The feature id for the '<em><b>Post Max H</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__POST_MAX_H = 8;

	/**
	 * The feature id for the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__RUN_ID = 9;

	/**
	 * The feature id for the '<em><b>Run</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__RUN = 10;

	/**
	 * The feature id for the '<em><b>Extra Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT__EXTRA_JSON = 11;

	/**
	 * The number of structural features of the '<em>Update Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Update Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.PerStepCurvesImpl <em>Per Step Curves</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.PerStepCurvesImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getPerStepCurves()
	 * @generated
	 */
	int PER_STEP_CURVES = 9;

	/**
	 * The feature id for the '<em><b>Legacy Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES__LEGACY_FORMAT = 0;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES__LENGTH = 1;

	/**
	 * The feature id for the '<em><b>T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES__T = 2;

	/**
	 * The feature id for the '<em><b>Base Mse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES__BASE_MSE = 3;

	/**
	 * The feature id for the '<em><b>Session No Update Mse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES__SESSION_NO_UPDATE_MSE = 4;

	/**
	 * The feature id for the '<em><b>Adaptive Mse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES__ADAPTIVE_MSE = 5;

	/**
	 * The feature id for the '<em><b>Did Update</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES__DID_UPDATE = 6;

	/**
	 * The feature id for the '<em><b>Update Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES__UPDATE_OK = 7;

	/**
	 * The number of structural features of the '<em>Per Step Curves</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Per Step Curves</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PER_STEP_CURVES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.TrajectoryImpl <em>Trajectory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.TrajectoryImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getTrajectory()
	 * @generated
	 */
	int TRAJECTORY = 10;

	/**
	 * The feature id for the '<em><b>T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__T = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__Y = 2;

	/**
	 * The feature id for the '<em><b>Vx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__VX = 3;

	/**
	 * The feature id for the '<em><b>Vy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__VY = 4;

	/**
	 * The feature id for the '<em><b>Ax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__AX = 5;

	/**
	 * The feature id for the '<em><b>Ay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY__AY = 6;

	/**
	 * The number of structural features of the '<em>Trajectory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Trajectory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.impl.TensorImpl <em>Tensor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.TensorImpl
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getTensor()
	 * @generated
	 */
	int TENSOR = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENSOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENSOR__SHAPE = 1;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENSOR__DATA = 2;

	/**
	 * The number of structural features of the '<em>Tensor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENSOR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Tensor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENSOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.EnvMode <em>Env Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.EnvMode
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getEnvMode()
	 * @generated
	 */
	int ENV_MODE = 12;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.UpdateStatus <em>Update Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.UpdateStatus
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getUpdateStatus()
	 * @generated
	 */
	int UPDATE_STATUS = 13;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.LoadState <em>Load State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.LoadState
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getLoadState()
	 * @generated
	 */
	int LOAD_STATE = 14;

	/**
	 * The meta object id for the '{@link ttt.workbench.store.model.ProblemSeverity <em>Problem Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.ProblemSeverity
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getProblemSeverity()
	 * @generated
	 */
	int PROBLEM_SEVERITY = 15;

	/**
	 * The meta object id for the '<em>Int Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getIntArray()
	 * @generated
	 */
	int INT_ARRAY = 16;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 17;

	/**
	 * The meta object id for the '<em>Float Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getFloatArray()
	 * @generated
	 */
	int FLOAT_ARRAY = 18;

	/**
	 * The meta object id for the '<em>Boolean Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getBooleanArray()
	 * @generated
	 */
	int BOOLEAN_ARRAY = 19;

	/**
	 * The meta object id for the '<em>Json Object</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see com.fasterxml.jackson.databind.node.ObjectNode
	 * @see ttt.workbench.store.model.impl.StorePackageImpl#getJsonObject()
	 * @generated
	 */
	int JSON_OBJECT = 20;


	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.Store <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Store</em>'.
	 * @see ttt.workbench.store.model.Store
	 * @generated
	 */
	EClass getStore();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Store#getRootPath <em>Root Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Path</em>'.
	 * @see ttt.workbench.store.model.Store#getRootPath()
	 * @see #getStore()
	 * @generated
	 */
	EAttribute getStore_RootPath();

	/**
	 * Returns the meta object for the containment reference '{@link ttt.workbench.store.model.Store#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Base</em>'.
	 * @see ttt.workbench.store.model.Store#getBase()
	 * @see #getStore()
	 * @generated
	 */
	EReference getStore_Base();

	/**
	 * Returns the meta object for the containment reference list '{@link ttt.workbench.store.model.Store#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see ttt.workbench.store.model.Store#getSessions()
	 * @see #getStore()
	 * @generated
	 */
	EReference getStore_Sessions();

	/**
	 * Returns the meta object for the reference list '{@link ttt.workbench.store.model.Store#getRootSessions <em>Root Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Root Sessions</em>'.
	 * @see ttt.workbench.store.model.Store#getRootSessions()
	 * @see #getStore()
	 * @generated
	 */
	EReference getStore_RootSessions();

	/**
	 * Returns the meta object for the containment reference list '{@link ttt.workbench.store.model.Store#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see ttt.workbench.store.model.Store#getProblems()
	 * @see #getStore()
	 * @generated
	 */
	EReference getStore_Problems();

	/**
	 * Returns the meta object for the '{@link ttt.workbench.store.model.Store#findSession(java.lang.String) <em>Find Session</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Session</em>' operation.
	 * @see ttt.workbench.store.model.Store#findSession(java.lang.String)
	 * @generated
	 */
	EOperation getStore__FindSession__String();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.StoreProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem</em>'.
	 * @see ttt.workbench.store.model.StoreProblem
	 * @generated
	 */
	EClass getStoreProblem();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.StoreProblem#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see ttt.workbench.store.model.StoreProblem#getPath()
	 * @see #getStoreProblem()
	 * @generated
	 */
	EAttribute getStoreProblem_Path();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.StoreProblem#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see ttt.workbench.store.model.StoreProblem#getLine()
	 * @see #getStoreProblem()
	 * @generated
	 */
	EAttribute getStoreProblem_Line();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.StoreProblem#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see ttt.workbench.store.model.StoreProblem#getMessage()
	 * @see #getStoreProblem()
	 * @generated
	 */
	EAttribute getStoreProblem_Message();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.StoreProblem#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see ttt.workbench.store.model.StoreProblem#getSeverity()
	 * @see #getStoreProblem()
	 * @generated
	 */
	EAttribute getStoreProblem_Severity();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.Base <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Base</em>'.
	 * @see ttt.workbench.store.model.Base
	 * @generated
	 */
	EClass getBase();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Base#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see ttt.workbench.store.model.Base#getSchemaVersion()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_SchemaVersion();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Base#getCreatedAtUnix <em>Created At Unix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At Unix</em>'.
	 * @see ttt.workbench.store.model.Base#getCreatedAtUnix()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_CreatedAtUnix();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Base#getTorchVersion <em>Torch Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Torch Version</em>'.
	 * @see ttt.workbench.store.model.Base#getTorchVersion()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_TorchVersion();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Base#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see ttt.workbench.store.model.Base#getEngineVersion()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Base#getBaseCkptHash <em>Base Ckpt Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Ckpt Hash</em>'.
	 * @see ttt.workbench.store.model.Base#getBaseCkptHash()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_BaseCkptHash();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Base#getModelSignature <em>Model Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Signature</em>'.
	 * @see ttt.workbench.store.model.Base#getModelSignature()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_ModelSignature();

	/**
	 * Returns the meta object for the containment reference '{@link ttt.workbench.store.model.Base#getModelConfig <em>Model Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Model Config</em>'.
	 * @see ttt.workbench.store.model.Base#getModelConfig()
	 * @see #getBase()
	 * @generated
	 */
	EReference getBase_ModelConfig();

	/**
	 * Returns the meta object for the containment reference list '{@link ttt.workbench.store.model.Base#getTensors <em>Tensors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tensors</em>'.
	 * @see ttt.workbench.store.model.Base#getTensors()
	 * @see #getBase()
	 * @generated
	 */
	EReference getBase_Tensors();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Base#getTensorsState <em>Tensors State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tensors State</em>'.
	 * @see ttt.workbench.store.model.Base#getTensorsState()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_TensorsState();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Base#getExtraJson <em>Extra Json</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Json</em>'.
	 * @see ttt.workbench.store.model.Base#getExtraJson()
	 * @see #getBase()
	 * @generated
	 */
	EAttribute getBase_ExtraJson();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.ModelConfig <em>Model Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Config</em>'.
	 * @see ttt.workbench.store.model.ModelConfig
	 * @generated
	 */
	EClass getModelConfig();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.ModelConfig#getObsDim <em>Obs Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Obs Dim</em>'.
	 * @see ttt.workbench.store.model.ModelConfig#getObsDim()
	 * @see #getModelConfig()
	 * @generated
	 */
	EAttribute getModelConfig_ObsDim();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.ModelConfig#getActDim <em>Act Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Act Dim</em>'.
	 * @see ttt.workbench.store.model.ModelConfig#getActDim()
	 * @see #getModelConfig()
	 * @generated
	 */
	EAttribute getModelConfig_ActDim();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.ModelConfig#getZDim <em>ZDim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>ZDim</em>'.
	 * @see ttt.workbench.store.model.ModelConfig#getZDim()
	 * @see #getModelConfig()
	 * @generated
	 */
	EAttribute getModelConfig_ZDim();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.ModelConfig#getUDim <em>UDim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>UDim</em>'.
	 * @see ttt.workbench.store.model.ModelConfig#getUDim()
	 * @see #getModelConfig()
	 * @generated
	 */
	EAttribute getModelConfig_UDim();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.ModelConfig#getNState <em>NState</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>NState</em>'.
	 * @see ttt.workbench.store.model.ModelConfig#getNState()
	 * @see #getModelConfig()
	 * @generated
	 */
	EAttribute getModelConfig_NState();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.ModelConfig#getDt <em>Dt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dt</em>'.
	 * @see ttt.workbench.store.model.ModelConfig#getDt()
	 * @see #getModelConfig()
	 * @generated
	 */
	EAttribute getModelConfig_Dt();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.PlasticityConfig <em>Plasticity Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plasticity Config</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig
	 * @generated
	 */
	EClass getPlasticityConfig();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getLr <em>Lr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lr</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getLr()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_Lr();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getWeightDecay <em>Weight Decay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Decay</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getWeightDecay()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_WeightDecay();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getMomentum <em>Momentum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Momentum</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getMomentum()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_Momentum();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#isNesterov <em>Nesterov</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nesterov</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#isNesterov()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_Nesterov();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getNsSteps <em>Ns Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ns Steps</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getNsSteps()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_NsSteps();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getAdjustLrFn <em>Adjust Lr Fn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjust Lr Fn</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getAdjustLrFn()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_AdjustLrFn();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getChunk <em>Chunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chunk</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getChunk()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_Chunk();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getBufferLen <em>Buffer Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buffer Len</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getBufferLen()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_BufferLen();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getRollbackTol <em>Rollback Tol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rollback Tol</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getRollbackTol()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_RollbackTol();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getGradNormMax <em>Grad Norm Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grad Norm Max</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getGradNormMax()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_GradNormMax();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PlasticityConfig#getStateNormMax <em>State Norm Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Norm Max</em>'.
	 * @see ttt.workbench.store.model.PlasticityConfig#getStateNormMax()
	 * @see #getPlasticityConfig()
	 * @generated
	 */
	EAttribute getPlasticityConfig_StateNormMax();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see ttt.workbench.store.model.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the container reference '{@link ttt.workbench.store.model.Session#getStore <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Store</em>'.
	 * @see ttt.workbench.store.model.Session#getStore()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Store();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see ttt.workbench.store.model.Session#getId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Id();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see ttt.workbench.store.model.Session#getSchemaVersion()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_SchemaVersion();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getCreatedAtUnix <em>Created At Unix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At Unix</em>'.
	 * @see ttt.workbench.store.model.Session#getCreatedAtUnix()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_CreatedAtUnix();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getLastRunAtUnix <em>Last Run At Unix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Run At Unix</em>'.
	 * @see ttt.workbench.store.model.Session#getLastRunAtUnix()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_LastRunAtUnix();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getParentId <em>Parent Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Id</em>'.
	 * @see ttt.workbench.store.model.Session#getParentId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ParentId();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getRootId <em>Root Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Id</em>'.
	 * @see ttt.workbench.store.model.Session#getRootId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_RootId();

	/**
	 * Returns the meta object for the reference '{@link ttt.workbench.store.model.Session#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see ttt.workbench.store.model.Session#getParent()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Parent();

	/**
	 * Returns the meta object for the reference list '{@link ttt.workbench.store.model.Session#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Children</em>'.
	 * @see ttt.workbench.store.model.Session#getChildren()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Children();

	/**
	 * Returns the meta object for the reference '{@link ttt.workbench.store.model.Session#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Root</em>'.
	 * @see ttt.workbench.store.model.Session#getRoot()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Root();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see ttt.workbench.store.model.Session#getDepth()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Depth();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#isOrphan <em>Orphan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orphan</em>'.
	 * @see ttt.workbench.store.model.Session#isOrphan()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Orphan();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getEnvMode <em>Env Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Env Mode</em>'.
	 * @see ttt.workbench.store.model.Session#getEnvMode()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_EnvMode();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getMu <em>Mu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mu</em>'.
	 * @see ttt.workbench.store.model.Session#getMu()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Mu();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getBaseCkptHash <em>Base Ckpt Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Ckpt Hash</em>'.
	 * @see ttt.workbench.store.model.Session#getBaseCkptHash()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_BaseCkptHash();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getModelSignature <em>Model Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Signature</em>'.
	 * @see ttt.workbench.store.model.Session#getModelSignature()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ModelSignature();

	/**
	 * Returns the meta object for the containment reference '{@link ttt.workbench.store.model.Session#getModelConfig <em>Model Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Model Config</em>'.
	 * @see ttt.workbench.store.model.Session#getModelConfig()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_ModelConfig();

	/**
	 * Returns the meta object for the containment reference '{@link ttt.workbench.store.model.Session#getPlasticityConfig <em>Plasticity Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Plasticity Config</em>'.
	 * @see ttt.workbench.store.model.Session#getPlasticityConfig()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_PlasticityConfig();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getOptimizerVariant <em>Optimizer Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer Variant</em>'.
	 * @see ttt.workbench.store.model.Session#getOptimizerVariant()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_OptimizerVariant();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getForkNote <em>Fork Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fork Note</em>'.
	 * @see ttt.workbench.store.model.Session#getForkNote()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ForkNote();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getForkedFromRunId <em>Forked From Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forked From Run Id</em>'.
	 * @see ttt.workbench.store.model.Session#getForkedFromRunId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ForkedFromRunId();

	/**
	 * Returns the meta object for the containment reference '{@link ttt.workbench.store.model.Session#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metrics</em>'.
	 * @see ttt.workbench.store.model.Session#getMetrics()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link ttt.workbench.store.model.Session#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see ttt.workbench.store.model.Session#getRuns()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Runs();

	/**
	 * Returns the meta object for the containment reference list '{@link ttt.workbench.store.model.Session#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see ttt.workbench.store.model.Session#getEvents()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link ttt.workbench.store.model.Session#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Weights</em>'.
	 * @see ttt.workbench.store.model.Session#getWeights()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Weights();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getWeightsState <em>Weights State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weights State</em>'.
	 * @see ttt.workbench.store.model.Session#getWeightsState()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_WeightsState();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getDetailsState <em>Details State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Details State</em>'.
	 * @see ttt.workbench.store.model.Session#getDetailsState()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_DetailsState();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Session#getExtraJson <em>Extra Json</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Json</em>'.
	 * @see ttt.workbench.store.model.Session#getExtraJson()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ExtraJson();

	/**
	 * Returns the meta object for the '{@link ttt.workbench.store.model.Session#findRun(java.lang.String) <em>Find Run</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Run</em>' operation.
	 * @see ttt.workbench.store.model.Session#findRun(java.lang.String)
	 * @generated
	 */
	EOperation getSession__FindRun__String();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see ttt.workbench.store.model.Run
	 * @generated
	 */
	EClass getRun();

	/**
	 * Returns the meta object for the container reference '{@link ttt.workbench.store.model.Run#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Session</em>'.
	 * @see ttt.workbench.store.model.Run#getSession()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Session();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Run#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see ttt.workbench.store.model.Run#getId()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Id();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Run#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see ttt.workbench.store.model.Run#getSeed()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Seed();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Run#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see ttt.workbench.store.model.Run#getSteps()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Steps();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Run#getCreatedAtUnix <em>Created At Unix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At Unix</em>'.
	 * @see ttt.workbench.store.model.Run#getCreatedAtUnix()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_CreatedAtUnix();

	/**
	 * Returns the meta object for the containment reference '{@link ttt.workbench.store.model.Run#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metrics</em>'.
	 * @see ttt.workbench.store.model.Run#getMetrics()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Metrics();

	/**
	 * Returns the meta object for the reference list '{@link ttt.workbench.store.model.Run#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Events</em>'.
	 * @see ttt.workbench.store.model.Run#getEvents()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Events();

	/**
	 * Returns the meta object for the containment reference '{@link ttt.workbench.store.model.Run#getPerStep <em>Per Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Per Step</em>'.
	 * @see ttt.workbench.store.model.Run#getPerStep()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_PerStep();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Run#getPerStepState <em>Per Step State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Step State</em>'.
	 * @see ttt.workbench.store.model.Run#getPerStepState()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_PerStepState();

	/**
	 * Returns the meta object for the containment reference '{@link ttt.workbench.store.model.Run#getTrajectory <em>Trajectory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trajectory</em>'.
	 * @see ttt.workbench.store.model.Run#getTrajectory()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Trajectory();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Run#getTrajectoryState <em>Trajectory State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trajectory State</em>'.
	 * @see ttt.workbench.store.model.Run#getTrajectoryState()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_TrajectoryState();

	/**
	 * Returns the meta object for the containment reference list '{@link ttt.workbench.store.model.Run#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Weights</em>'.
	 * @see ttt.workbench.store.model.Run#getWeights()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Weights();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Run#getWeightsState <em>Weights State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weights State</em>'.
	 * @see ttt.workbench.store.model.Run#getWeightsState()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_WeightsState();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.RunMetrics <em>Run Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Metrics</em>'.
	 * @see ttt.workbench.store.model.RunMetrics
	 * @generated
	 */
	EClass getRunMetrics();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getRunId <em>Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Id</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getRunId()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_RunId();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getSeed()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_Seed();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getSteps()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_Steps();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getMu <em>Mu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mu</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getMu()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_Mu();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getEnvMode <em>Env Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Env Mode</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getEnvMode()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_EnvMode();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getBaseMseMean <em>Base Mse Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Mse Mean</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getBaseMseMean()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_BaseMseMean();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getSessionNoUpdateMseMean <em>Session No Update Mse Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session No Update Mse Mean</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getSessionNoUpdateMseMean()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_SessionNoUpdateMseMean();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getAdaptiveMseMean <em>Adaptive Mse Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adaptive Mse Mean</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getAdaptiveMseMean()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_AdaptiveMseMean();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getBaseMseLast100Mean <em>Base Mse Last100 Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Mse Last100 Mean</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getBaseMseLast100Mean()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_BaseMseLast100Mean();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getSessionNoUpdateLast100Mean <em>Session No Update Last100 Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session No Update Last100 Mean</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getSessionNoUpdateLast100Mean()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_SessionNoUpdateLast100Mean();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getAdaptiveLast100Mean <em>Adaptive Last100 Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adaptive Last100 Mean</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getAdaptiveLast100Mean()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_AdaptiveLast100Mean();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getUpdatesAttempted <em>Updates Attempted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updates Attempted</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getUpdatesAttempted()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_UpdatesAttempted();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getUpdatesCommitted <em>Updates Committed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updates Committed</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getUpdatesCommitted()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_UpdatesCommitted();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getUpdatesRolledBack <em>Updates Rolled Back</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updates Rolled Back</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getUpdatesRolledBack()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_UpdatesRolledBack();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getRunDir <em>Run Dir</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Dir</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getRunDir()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_RunDir();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getNotes()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_Notes();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#isSynthesized <em>Synthesized</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synthesized</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#isSynthesized()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_Synthesized();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.RunMetrics#getExtraJson <em>Extra Json</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Json</em>'.
	 * @see ttt.workbench.store.model.RunMetrics#getExtraJson()
	 * @see #getRunMetrics()
	 * @generated
	 */
	EAttribute getRunMetrics_ExtraJson();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.UpdateEvent <em>Update Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Event</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent
	 * @generated
	 */
	EClass getUpdateEvent();

	/**
	 * Returns the meta object for the container reference '{@link ttt.workbench.store.model.UpdateEvent#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Session</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getSession()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EReference getUpdateEvent_Session();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getT <em>T</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>T</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getT()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_T();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getStatus()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_Status();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#isCommitted <em>Committed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Committed</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#isCommitted()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_Committed();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getPreLoss <em>Pre Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pre Loss</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getPreLoss()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_PreLoss();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getPostLoss <em>Post Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Loss</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getPostLoss()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_PostLoss();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getGradNorm <em>Grad Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grad Norm</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getGradNorm()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_GradNorm();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getPreMaxH <em>Pre Max H</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pre Max H</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getPreMaxH()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_PreMaxH();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getPostMaxH <em>Post Max H</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Max H</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getPostMaxH()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_PostMaxH();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getRunId <em>Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Id</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getRunId()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_RunId();

	/**
	 * Returns the meta object for the reference '{@link ttt.workbench.store.model.UpdateEvent#getRun <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Run</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getRun()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EReference getUpdateEvent_Run();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.UpdateEvent#getExtraJson <em>Extra Json</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Json</em>'.
	 * @see ttt.workbench.store.model.UpdateEvent#getExtraJson()
	 * @see #getUpdateEvent()
	 * @generated
	 */
	EAttribute getUpdateEvent_ExtraJson();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.PerStepCurves <em>Per Step Curves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Per Step Curves</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves
	 * @generated
	 */
	EClass getPerStepCurves();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PerStepCurves#isLegacyFormat <em>Legacy Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legacy Format</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves#isLegacyFormat()
	 * @see #getPerStepCurves()
	 * @generated
	 */
	EAttribute getPerStepCurves_LegacyFormat();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PerStepCurves#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves#getLength()
	 * @see #getPerStepCurves()
	 * @generated
	 */
	EAttribute getPerStepCurves_Length();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PerStepCurves#getT <em>T</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>T</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves#getT()
	 * @see #getPerStepCurves()
	 * @generated
	 */
	EAttribute getPerStepCurves_T();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PerStepCurves#getBaseMse <em>Base Mse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Mse</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves#getBaseMse()
	 * @see #getPerStepCurves()
	 * @generated
	 */
	EAttribute getPerStepCurves_BaseMse();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PerStepCurves#getSessionNoUpdateMse <em>Session No Update Mse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session No Update Mse</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves#getSessionNoUpdateMse()
	 * @see #getPerStepCurves()
	 * @generated
	 */
	EAttribute getPerStepCurves_SessionNoUpdateMse();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PerStepCurves#getAdaptiveMse <em>Adaptive Mse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adaptive Mse</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves#getAdaptiveMse()
	 * @see #getPerStepCurves()
	 * @generated
	 */
	EAttribute getPerStepCurves_AdaptiveMse();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PerStepCurves#getDidUpdate <em>Did Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Did Update</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves#getDidUpdate()
	 * @see #getPerStepCurves()
	 * @generated
	 */
	EAttribute getPerStepCurves_DidUpdate();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.PerStepCurves#getUpdateOk <em>Update Ok</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Ok</em>'.
	 * @see ttt.workbench.store.model.PerStepCurves#getUpdateOk()
	 * @see #getPerStepCurves()
	 * @generated
	 */
	EAttribute getPerStepCurves_UpdateOk();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.Trajectory <em>Trajectory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trajectory</em>'.
	 * @see ttt.workbench.store.model.Trajectory
	 * @generated
	 */
	EClass getTrajectory();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Trajectory#getT <em>T</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>T</em>'.
	 * @see ttt.workbench.store.model.Trajectory#getT()
	 * @see #getTrajectory()
	 * @generated
	 */
	EAttribute getTrajectory_T();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Trajectory#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see ttt.workbench.store.model.Trajectory#getX()
	 * @see #getTrajectory()
	 * @generated
	 */
	EAttribute getTrajectory_X();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Trajectory#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see ttt.workbench.store.model.Trajectory#getY()
	 * @see #getTrajectory()
	 * @generated
	 */
	EAttribute getTrajectory_Y();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Trajectory#getVx <em>Vx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vx</em>'.
	 * @see ttt.workbench.store.model.Trajectory#getVx()
	 * @see #getTrajectory()
	 * @generated
	 */
	EAttribute getTrajectory_Vx();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Trajectory#getVy <em>Vy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vy</em>'.
	 * @see ttt.workbench.store.model.Trajectory#getVy()
	 * @see #getTrajectory()
	 * @generated
	 */
	EAttribute getTrajectory_Vy();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Trajectory#getAx <em>Ax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ax</em>'.
	 * @see ttt.workbench.store.model.Trajectory#getAx()
	 * @see #getTrajectory()
	 * @generated
	 */
	EAttribute getTrajectory_Ax();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Trajectory#getAy <em>Ay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ay</em>'.
	 * @see ttt.workbench.store.model.Trajectory#getAy()
	 * @see #getTrajectory()
	 * @generated
	 */
	EAttribute getTrajectory_Ay();

	/**
	 * Returns the meta object for class '{@link ttt.workbench.store.model.Tensor <em>Tensor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tensor</em>'.
	 * @see ttt.workbench.store.model.Tensor
	 * @generated
	 */
	EClass getTensor();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Tensor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see ttt.workbench.store.model.Tensor#getName()
	 * @see #getTensor()
	 * @generated
	 */
	EAttribute getTensor_Name();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Tensor#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see ttt.workbench.store.model.Tensor#getShape()
	 * @see #getTensor()
	 * @generated
	 */
	EAttribute getTensor_Shape();

	/**
	 * Returns the meta object for the attribute '{@link ttt.workbench.store.model.Tensor#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see ttt.workbench.store.model.Tensor#getData()
	 * @see #getTensor()
	 * @generated
	 */
	EAttribute getTensor_Data();

	/**
	 * Returns the meta object for enum '{@link ttt.workbench.store.model.EnvMode <em>Env Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Env Mode</em>'.
	 * @see ttt.workbench.store.model.EnvMode
	 * @generated
	 */
	EEnum getEnvMode();

	/**
	 * Returns the meta object for enum '{@link ttt.workbench.store.model.UpdateStatus <em>Update Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Status</em>'.
	 * @see ttt.workbench.store.model.UpdateStatus
	 * @generated
	 */
	EEnum getUpdateStatus();

	/**
	 * Returns the meta object for enum '{@link ttt.workbench.store.model.LoadState <em>Load State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Load State</em>'.
	 * @see ttt.workbench.store.model.LoadState
	 * @generated
	 */
	EEnum getLoadState();

	/**
	 * Returns the meta object for enum '{@link ttt.workbench.store.model.ProblemSeverity <em>Problem Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Problem Severity</em>'.
	 * @see ttt.workbench.store.model.ProblemSeverity
	 * @generated
	 */
	EEnum getProblemSeverity();

	/**
	 * Returns the meta object for data type '<em>Int Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A Java int[]; as a string "[1, 2, 3]" (brackets optional, comma or blank separated).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Int Array</em>'.
	 * @model instanceClass="int[]"
	 * @generated
	 */
	EDataType getIntArray();

	/**
	 * Returns the meta object for data type '<em>Double Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A Java double[]; as a string "[0.5, NaN, 1.0E-6]" (brackets optional, comma or blank separated; Java's shortest round-trip form).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Double Array</em>'.
	 * @model instanceClass="double[]"
	 * @generated
	 */
	EDataType getDoubleArray();

	/**
	 * Returns the meta object for data type '<em>Float Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A Java float[] (float32 tensor data); as a string "[0.5, -1.25E-4]" (brackets optional, comma or blank separated).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Float Array</em>'.
	 * @model instanceClass="float[]"
	 * @generated
	 */
	EDataType getFloatArray();

	/**
	 * Returns the meta object for data type '<em>Boolean Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A Java boolean[]; as a string "[true, false]" (brackets optional, comma or blank separated; 1/0 also accepted).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Boolean Array</em>'.
	 * @model instanceClass="boolean[]"
	 * @generated
	 */
	EDataType getBooleanArray();

	/**
	 * Returns the meta object for data type '{@link com.fasterxml.jackson.databind.node.ObjectNode <em>Json Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A Jackson ObjectNode holding JSON keys that the model does not map to features; as a string, compact JSON text.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Json Object</em>'.
	 * @see com.fasterxml.jackson.databind.node.ObjectNode
	 * @model instanceClass="com.fasterxml.jackson.databind.node.ObjectNode"
	 * @generated
	 */
	EDataType getJsonObject();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StoreFactory getStoreFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.StoreImpl <em>Store</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.StoreImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getStore()
		 * @generated
		 */
		EClass STORE = eINSTANCE.getStore();

		/**
		 * The meta object literal for the '<em><b>Root Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORE__ROOT_PATH = eINSTANCE.getStore_RootPath();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORE__BASE = eINSTANCE.getStore_Base();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORE__SESSIONS = eINSTANCE.getStore_Sessions();

		/**
		 * The meta object literal for the '<em><b>Root Sessions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORE__ROOT_SESSIONS = eINSTANCE.getStore_RootSessions();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STORE__PROBLEMS = eINSTANCE.getStore_Problems();

		/**
		 * The meta object literal for the '<em><b>Find Session</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STORE___FIND_SESSION__STRING = eINSTANCE.getStore__FindSession__String();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.StoreProblemImpl <em>Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.StoreProblemImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getStoreProblem()
		 * @generated
		 */
		EClass STORE_PROBLEM = eINSTANCE.getStoreProblem();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORE_PROBLEM__PATH = eINSTANCE.getStoreProblem_Path();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORE_PROBLEM__LINE = eINSTANCE.getStoreProblem_Line();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORE_PROBLEM__MESSAGE = eINSTANCE.getStoreProblem_Message();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORE_PROBLEM__SEVERITY = eINSTANCE.getStoreProblem_Severity();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.BaseImpl <em>Base</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.BaseImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getBase()
		 * @generated
		 */
		EClass BASE = eINSTANCE.getBase();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__SCHEMA_VERSION = eINSTANCE.getBase_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Created At Unix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__CREATED_AT_UNIX = eINSTANCE.getBase_CreatedAtUnix();

		/**
		 * The meta object literal for the '<em><b>Torch Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__TORCH_VERSION = eINSTANCE.getBase_TorchVersion();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__ENGINE_VERSION = eINSTANCE.getBase_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Base Ckpt Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__BASE_CKPT_HASH = eINSTANCE.getBase_BaseCkptHash();

		/**
		 * The meta object literal for the '<em><b>Model Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__MODEL_SIGNATURE = eINSTANCE.getBase_ModelSignature();

		/**
		 * The meta object literal for the '<em><b>Model Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASE__MODEL_CONFIG = eINSTANCE.getBase_ModelConfig();

		/**
		 * The meta object literal for the '<em><b>Tensors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASE__TENSORS = eINSTANCE.getBase_Tensors();

		/**
		 * The meta object literal for the '<em><b>Tensors State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__TENSORS_STATE = eINSTANCE.getBase_TensorsState();

		/**
		 * The meta object literal for the '<em><b>Extra Json</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE__EXTRA_JSON = eINSTANCE.getBase_ExtraJson();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.ModelConfigImpl <em>Model Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.ModelConfigImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getModelConfig()
		 * @generated
		 */
		EClass MODEL_CONFIG = eINSTANCE.getModelConfig();

		/**
		 * The meta object literal for the '<em><b>Obs Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_CONFIG__OBS_DIM = eINSTANCE.getModelConfig_ObsDim();

		/**
		 * The meta object literal for the '<em><b>Act Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_CONFIG__ACT_DIM = eINSTANCE.getModelConfig_ActDim();

		/**
		 * The meta object literal for the '<em><b>ZDim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_CONFIG__ZDIM = eINSTANCE.getModelConfig_ZDim();

		/**
		 * The meta object literal for the '<em><b>UDim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_CONFIG__UDIM = eINSTANCE.getModelConfig_UDim();

		/**
		 * The meta object literal for the '<em><b>NState</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_CONFIG__NSTATE = eINSTANCE.getModelConfig_NState();

		/**
		 * The meta object literal for the '<em><b>Dt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_CONFIG__DT = eINSTANCE.getModelConfig_Dt();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.PlasticityConfigImpl <em>Plasticity Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.PlasticityConfigImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getPlasticityConfig()
		 * @generated
		 */
		EClass PLASTICITY_CONFIG = eINSTANCE.getPlasticityConfig();

		/**
		 * The meta object literal for the '<em><b>Lr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__LR = eINSTANCE.getPlasticityConfig_Lr();

		/**
		 * The meta object literal for the '<em><b>Weight Decay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__WEIGHT_DECAY = eINSTANCE.getPlasticityConfig_WeightDecay();

		/**
		 * The meta object literal for the '<em><b>Momentum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__MOMENTUM = eINSTANCE.getPlasticityConfig_Momentum();

		/**
		 * The meta object literal for the '<em><b>Nesterov</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__NESTEROV = eINSTANCE.getPlasticityConfig_Nesterov();

		/**
		 * The meta object literal for the '<em><b>Ns Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__NS_STEPS = eINSTANCE.getPlasticityConfig_NsSteps();

		/**
		 * The meta object literal for the '<em><b>Adjust Lr Fn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__ADJUST_LR_FN = eINSTANCE.getPlasticityConfig_AdjustLrFn();

		/**
		 * The meta object literal for the '<em><b>Chunk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__CHUNK = eINSTANCE.getPlasticityConfig_Chunk();

		/**
		 * The meta object literal for the '<em><b>Buffer Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__BUFFER_LEN = eINSTANCE.getPlasticityConfig_BufferLen();

		/**
		 * The meta object literal for the '<em><b>Rollback Tol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__ROLLBACK_TOL = eINSTANCE.getPlasticityConfig_RollbackTol();

		/**
		 * The meta object literal for the '<em><b>Grad Norm Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__GRAD_NORM_MAX = eINSTANCE.getPlasticityConfig_GradNormMax();

		/**
		 * The meta object literal for the '<em><b>State Norm Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLASTICITY_CONFIG__STATE_NORM_MAX = eINSTANCE.getPlasticityConfig_StateNormMax();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.SessionImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Store</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__STORE = eINSTANCE.getSession_Store();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ID = eINSTANCE.getSession_Id();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SCHEMA_VERSION = eINSTANCE.getSession_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Created At Unix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CREATED_AT_UNIX = eINSTANCE.getSession_CreatedAtUnix();

		/**
		 * The meta object literal for the '<em><b>Last Run At Unix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__LAST_RUN_AT_UNIX = eINSTANCE.getSession_LastRunAtUnix();

		/**
		 * The meta object literal for the '<em><b>Parent Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PARENT_ID = eINSTANCE.getSession_ParentId();

		/**
		 * The meta object literal for the '<em><b>Root Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ROOT_ID = eINSTANCE.getSession_RootId();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__PARENT = eINSTANCE.getSession_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__CHILDREN = eINSTANCE.getSession_Children();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__ROOT = eINSTANCE.getSession_Root();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__DEPTH = eINSTANCE.getSession_Depth();

		/**
		 * The meta object literal for the '<em><b>Orphan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ORPHAN = eINSTANCE.getSession_Orphan();

		/**
		 * The meta object literal for the '<em><b>Env Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__ENV_MODE = eINSTANCE.getSession_EnvMode();

		/**
		 * The meta object literal for the '<em><b>Mu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__MU = eINSTANCE.getSession_Mu();

		/**
		 * The meta object literal for the '<em><b>Base Ckpt Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__BASE_CKPT_HASH = eINSTANCE.getSession_BaseCkptHash();

		/**
		 * The meta object literal for the '<em><b>Model Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__MODEL_SIGNATURE = eINSTANCE.getSession_ModelSignature();

		/**
		 * The meta object literal for the '<em><b>Model Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__MODEL_CONFIG = eINSTANCE.getSession_ModelConfig();

		/**
		 * The meta object literal for the '<em><b>Plasticity Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__PLASTICITY_CONFIG = eINSTANCE.getSession_PlasticityConfig();

		/**
		 * The meta object literal for the '<em><b>Optimizer Variant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__OPTIMIZER_VARIANT = eINSTANCE.getSession_OptimizerVariant();

		/**
		 * The meta object literal for the '<em><b>Fork Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__FORK_NOTE = eINSTANCE.getSession_ForkNote();

		/**
		 * The meta object literal for the '<em><b>Forked From Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__FORKED_FROM_RUN_ID = eINSTANCE.getSession_ForkedFromRunId();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__METRICS = eINSTANCE.getSession_Metrics();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__RUNS = eINSTANCE.getSession_Runs();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__EVENTS = eINSTANCE.getSession_Events();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__WEIGHTS = eINSTANCE.getSession_Weights();

		/**
		 * The meta object literal for the '<em><b>Weights State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__WEIGHTS_STATE = eINSTANCE.getSession_WeightsState();

		/**
		 * The meta object literal for the '<em><b>Details State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__DETAILS_STATE = eINSTANCE.getSession_DetailsState();

		/**
		 * The meta object literal for the '<em><b>Extra Json</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__EXTRA_JSON = eINSTANCE.getSession_ExtraJson();

		/**
		 * The meta object literal for the '<em><b>Find Run</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SESSION___FIND_RUN__STRING = eINSTANCE.getSession__FindRun__String();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.RunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.RunImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getRun()
		 * @generated
		 */
		EClass RUN = eINSTANCE.getRun();

		/**
		 * The meta object literal for the '<em><b>Session</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__SESSION = eINSTANCE.getRun_Session();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ID = eINSTANCE.getRun_Id();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__SEED = eINSTANCE.getRun_Seed();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STEPS = eINSTANCE.getRun_Steps();

		/**
		 * The meta object literal for the '<em><b>Created At Unix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__CREATED_AT_UNIX = eINSTANCE.getRun_CreatedAtUnix();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__METRICS = eINSTANCE.getRun_Metrics();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__EVENTS = eINSTANCE.getRun_Events();

		/**
		 * The meta object literal for the '<em><b>Per Step</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__PER_STEP = eINSTANCE.getRun_PerStep();

		/**
		 * The meta object literal for the '<em><b>Per Step State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__PER_STEP_STATE = eINSTANCE.getRun_PerStepState();

		/**
		 * The meta object literal for the '<em><b>Trajectory</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__TRAJECTORY = eINSTANCE.getRun_Trajectory();

		/**
		 * The meta object literal for the '<em><b>Trajectory State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__TRAJECTORY_STATE = eINSTANCE.getRun_TrajectoryState();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__WEIGHTS = eINSTANCE.getRun_Weights();

		/**
		 * The meta object literal for the '<em><b>Weights State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__WEIGHTS_STATE = eINSTANCE.getRun_WeightsState();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.RunMetricsImpl <em>Run Metrics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.RunMetricsImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getRunMetrics()
		 * @generated
		 */
		EClass RUN_METRICS = eINSTANCE.getRunMetrics();

		/**
		 * The meta object literal for the '<em><b>Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__RUN_ID = eINSTANCE.getRunMetrics_RunId();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__SEED = eINSTANCE.getRunMetrics_Seed();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__STEPS = eINSTANCE.getRunMetrics_Steps();

		/**
		 * The meta object literal for the '<em><b>Mu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__MU = eINSTANCE.getRunMetrics_Mu();

		/**
		 * The meta object literal for the '<em><b>Env Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__ENV_MODE = eINSTANCE.getRunMetrics_EnvMode();

		/**
		 * The meta object literal for the '<em><b>Base Mse Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__BASE_MSE_MEAN = eINSTANCE.getRunMetrics_BaseMseMean();

		/**
		 * The meta object literal for the '<em><b>Session No Update Mse Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN = eINSTANCE.getRunMetrics_SessionNoUpdateMseMean();

		/**
		 * The meta object literal for the '<em><b>Adaptive Mse Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__ADAPTIVE_MSE_MEAN = eINSTANCE.getRunMetrics_AdaptiveMseMean();

		/**
		 * The meta object literal for the '<em><b>Base Mse Last100 Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__BASE_MSE_LAST100_MEAN = eINSTANCE.getRunMetrics_BaseMseLast100Mean();

		/**
		 * The meta object literal for the '<em><b>Session No Update Last100 Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN = eINSTANCE.getRunMetrics_SessionNoUpdateLast100Mean();

		/**
		 * The meta object literal for the '<em><b>Adaptive Last100 Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__ADAPTIVE_LAST100_MEAN = eINSTANCE.getRunMetrics_AdaptiveLast100Mean();

		/**
		 * The meta object literal for the '<em><b>Updates Attempted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__UPDATES_ATTEMPTED = eINSTANCE.getRunMetrics_UpdatesAttempted();

		/**
		 * The meta object literal for the '<em><b>Updates Committed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__UPDATES_COMMITTED = eINSTANCE.getRunMetrics_UpdatesCommitted();

		/**
		 * The meta object literal for the '<em><b>Updates Rolled Back</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__UPDATES_ROLLED_BACK = eINSTANCE.getRunMetrics_UpdatesRolledBack();

		/**
		 * The meta object literal for the '<em><b>Run Dir</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__RUN_DIR = eINSTANCE.getRunMetrics_RunDir();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__NOTES = eINSTANCE.getRunMetrics_Notes();

		/**
		 * The meta object literal for the '<em><b>Synthesized</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__SYNTHESIZED = eINSTANCE.getRunMetrics_Synthesized();

		/**
		 * The meta object literal for the '<em><b>Extra Json</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_METRICS__EXTRA_JSON = eINSTANCE.getRunMetrics_ExtraJson();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.UpdateEventImpl <em>Update Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.UpdateEventImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getUpdateEvent()
		 * @generated
		 */
		EClass UPDATE_EVENT = eINSTANCE.getUpdateEvent();

		/**
		 * The meta object literal for the '<em><b>Session</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATE_EVENT__SESSION = eINSTANCE.getUpdateEvent_Session();

		/**
		 * The meta object literal for the '<em><b>T</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__T = eINSTANCE.getUpdateEvent_T();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__STATUS = eINSTANCE.getUpdateEvent_Status();

		/**
		 * The meta object literal for the '<em><b>Committed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__COMMITTED = eINSTANCE.getUpdateEvent_Committed();

		/**
		 * The meta object literal for the '<em><b>Pre Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__PRE_LOSS = eINSTANCE.getUpdateEvent_PreLoss();

		/**
		 * The meta object literal for the '<em><b>Post Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__POST_LOSS = eINSTANCE.getUpdateEvent_PostLoss();

		/**
		 * The meta object literal for the '<em><b>Grad Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__GRAD_NORM = eINSTANCE.getUpdateEvent_GradNorm();

		/**
		 * The meta object literal for the '<em><b>Pre Max H</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__PRE_MAX_H = eINSTANCE.getUpdateEvent_PreMaxH();

		/**
		 * The meta object literal for the '<em><b>Post Max H</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__POST_MAX_H = eINSTANCE.getUpdateEvent_PostMaxH();

		/**
		 * The meta object literal for the '<em><b>Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__RUN_ID = eINSTANCE.getUpdateEvent_RunId();

		/**
		 * The meta object literal for the '<em><b>Run</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATE_EVENT__RUN = eINSTANCE.getUpdateEvent_Run();

		/**
		 * The meta object literal for the '<em><b>Extra Json</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_EVENT__EXTRA_JSON = eINSTANCE.getUpdateEvent_ExtraJson();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.PerStepCurvesImpl <em>Per Step Curves</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.PerStepCurvesImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getPerStepCurves()
		 * @generated
		 */
		EClass PER_STEP_CURVES = eINSTANCE.getPerStepCurves();

		/**
		 * The meta object literal for the '<em><b>Legacy Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_STEP_CURVES__LEGACY_FORMAT = eINSTANCE.getPerStepCurves_LegacyFormat();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_STEP_CURVES__LENGTH = eINSTANCE.getPerStepCurves_Length();

		/**
		 * The meta object literal for the '<em><b>T</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_STEP_CURVES__T = eINSTANCE.getPerStepCurves_T();

		/**
		 * The meta object literal for the '<em><b>Base Mse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_STEP_CURVES__BASE_MSE = eINSTANCE.getPerStepCurves_BaseMse();

		/**
		 * The meta object literal for the '<em><b>Session No Update Mse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_STEP_CURVES__SESSION_NO_UPDATE_MSE = eINSTANCE.getPerStepCurves_SessionNoUpdateMse();

		/**
		 * The meta object literal for the '<em><b>Adaptive Mse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_STEP_CURVES__ADAPTIVE_MSE = eINSTANCE.getPerStepCurves_AdaptiveMse();

		/**
		 * The meta object literal for the '<em><b>Did Update</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_STEP_CURVES__DID_UPDATE = eINSTANCE.getPerStepCurves_DidUpdate();

		/**
		 * The meta object literal for the '<em><b>Update Ok</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PER_STEP_CURVES__UPDATE_OK = eINSTANCE.getPerStepCurves_UpdateOk();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.TrajectoryImpl <em>Trajectory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.TrajectoryImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getTrajectory()
		 * @generated
		 */
		EClass TRAJECTORY = eINSTANCE.getTrajectory();

		/**
		 * The meta object literal for the '<em><b>T</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY__T = eINSTANCE.getTrajectory_T();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY__X = eINSTANCE.getTrajectory_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY__Y = eINSTANCE.getTrajectory_Y();

		/**
		 * The meta object literal for the '<em><b>Vx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY__VX = eINSTANCE.getTrajectory_Vx();

		/**
		 * The meta object literal for the '<em><b>Vy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY__VY = eINSTANCE.getTrajectory_Vy();

		/**
		 * The meta object literal for the '<em><b>Ax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY__AX = eINSTANCE.getTrajectory_Ax();

		/**
		 * The meta object literal for the '<em><b>Ay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAJECTORY__AY = eINSTANCE.getTrajectory_Ay();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.impl.TensorImpl <em>Tensor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.TensorImpl
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getTensor()
		 * @generated
		 */
		EClass TENSOR = eINSTANCE.getTensor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENSOR__NAME = eINSTANCE.getTensor_Name();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENSOR__SHAPE = eINSTANCE.getTensor_Shape();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENSOR__DATA = eINSTANCE.getTensor_Data();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.EnvMode <em>Env Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.EnvMode
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getEnvMode()
		 * @generated
		 */
		EEnum ENV_MODE = eINSTANCE.getEnvMode();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.UpdateStatus <em>Update Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.UpdateStatus
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getUpdateStatus()
		 * @generated
		 */
		EEnum UPDATE_STATUS = eINSTANCE.getUpdateStatus();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.LoadState <em>Load State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.LoadState
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getLoadState()
		 * @generated
		 */
		EEnum LOAD_STATE = eINSTANCE.getLoadState();

		/**
		 * The meta object literal for the '{@link ttt.workbench.store.model.ProblemSeverity <em>Problem Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.ProblemSeverity
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getProblemSeverity()
		 * @generated
		 */
		EEnum PROBLEM_SEVERITY = eINSTANCE.getProblemSeverity();

		/**
		 * The meta object literal for the '<em>Int Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getIntArray()
		 * @generated
		 */
		EDataType INT_ARRAY = eINSTANCE.getIntArray();

		/**
		 * The meta object literal for the '<em>Double Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getDoubleArray()
		 * @generated
		 */
		EDataType DOUBLE_ARRAY = eINSTANCE.getDoubleArray();

		/**
		 * The meta object literal for the '<em>Float Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getFloatArray()
		 * @generated
		 */
		EDataType FLOAT_ARRAY = eINSTANCE.getFloatArray();

		/**
		 * The meta object literal for the '<em>Boolean Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getBooleanArray()
		 * @generated
		 */
		EDataType BOOLEAN_ARRAY = eINSTANCE.getBooleanArray();

		/**
		 * The meta object literal for the '<em>Json Object</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see com.fasterxml.jackson.databind.node.ObjectNode
		 * @see ttt.workbench.store.model.impl.StorePackageImpl#getJsonObject()
		 * @generated
		 */
		EDataType JSON_OBJECT = eINSTANCE.getJsonObject();

	}

} //StorePackage

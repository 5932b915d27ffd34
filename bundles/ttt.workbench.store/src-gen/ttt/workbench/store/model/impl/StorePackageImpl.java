/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.StorePackage;
import ttt.workbench.store.model.StoreProblem;
import ttt.workbench.store.model.Tensor;
import ttt.workbench.store.model.Trajectory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StorePackageImpl extends EPackageImpl implements StorePackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass storeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass storeProblemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass plasticityConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runMetricsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass updateEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass perStepCurvesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trajectoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tensorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum envModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum updateStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum loadStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum problemSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType intArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType doubleArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType floatArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType booleanArrayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType jsonObjectEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see ttt.workbench.store.model.StorePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private StorePackageImpl()
	{
		super(eNS_URI, StoreFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link StorePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static StorePackage init()
	{
		if (isInited) return (StorePackage)EPackage.Registry.INSTANCE.getEPackage(StorePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredStorePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		StorePackageImpl theStorePackage = registeredStorePackage instanceof StorePackageImpl ? (StorePackageImpl)registeredStorePackage : new StorePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theStorePackage.createPackageContents();

		// Initialize created meta-data
		theStorePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theStorePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(StorePackage.eNS_URI, theStorePackage);
		return theStorePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStore()
	{
		return storeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStore_RootPath()
	{
		return (EAttribute)storeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStore_Base()
	{
		return (EReference)storeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStore_Sessions()
	{
		return (EReference)storeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStore_RootSessions()
	{
		return (EReference)storeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStore_Problems()
	{
		return (EReference)storeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStore__FindSession__String()
	{
		return storeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStoreProblem()
	{
		return storeProblemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoreProblem_Path()
	{
		return (EAttribute)storeProblemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoreProblem_Line()
	{
		return (EAttribute)storeProblemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoreProblem_Message()
	{
		return (EAttribute)storeProblemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoreProblem_Severity()
	{
		return (EAttribute)storeProblemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBase()
	{
		return baseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_SchemaVersion()
	{
		return (EAttribute)baseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_CreatedAtUnix()
	{
		return (EAttribute)baseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_TorchVersion()
	{
		return (EAttribute)baseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_EngineVersion()
	{
		return (EAttribute)baseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_BaseCkptHash()
	{
		return (EAttribute)baseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_ModelSignature()
	{
		return (EAttribute)baseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBase_ModelConfig()
	{
		return (EReference)baseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBase_Tensors()
	{
		return (EReference)baseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_TensorsState()
	{
		return (EAttribute)baseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_ExtraJson()
	{
		return (EAttribute)baseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelConfig()
	{
		return modelConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelConfig_ObsDim()
	{
		return (EAttribute)modelConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelConfig_ActDim()
	{
		return (EAttribute)modelConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelConfig_ZDim()
	{
		return (EAttribute)modelConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelConfig_UDim()
	{
		return (EAttribute)modelConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelConfig_NState()
	{
		return (EAttribute)modelConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelConfig_Dt()
	{
		return (EAttribute)modelConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlasticityConfig()
	{
		return plasticityConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_Lr()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_WeightDecay()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_Momentum()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_Nesterov()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_NsSteps()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_AdjustLrFn()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_Chunk()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_BufferLen()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_RollbackTol()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_GradNormMax()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlasticityConfig_StateNormMax()
	{
		return (EAttribute)plasticityConfigEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSession()
	{
		return sessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Store()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Id()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_SchemaVersion()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_CreatedAtUnix()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_LastRunAtUnix()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_ParentId()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_RootId()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Parent()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Children()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Root()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Depth()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Orphan()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_EnvMode()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_Mu()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_BaseCkptHash()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_ModelSignature()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_ModelConfig()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_PlasticityConfig()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_OptimizerVariant()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_ForkNote()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_ForkedFromRunId()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Metrics()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Runs()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Events()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSession_Weights()
	{
		return (EReference)sessionEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_WeightsState()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_DetailsState()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSession_ExtraJson()
	{
		return (EAttribute)sessionEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSession__FindRun__String()
	{
		return sessionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRun()
	{
		return runEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Session()
	{
		return (EReference)runEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Id()
	{
		return (EAttribute)runEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Seed()
	{
		return (EAttribute)runEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Steps()
	{
		return (EAttribute)runEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_CreatedAtUnix()
	{
		return (EAttribute)runEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Metrics()
	{
		return (EReference)runEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Events()
	{
		return (EReference)runEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_PerStep()
	{
		return (EReference)runEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_PerStepState()
	{
		return (EAttribute)runEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Trajectory()
	{
		return (EReference)runEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_TrajectoryState()
	{
		return (EAttribute)runEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Weights()
	{
		return (EReference)runEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_WeightsState()
	{
		return (EAttribute)runEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRunMetrics()
	{
		return runMetricsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_RunId()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_Seed()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_Steps()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_Mu()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_EnvMode()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_BaseMseMean()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_SessionNoUpdateMseMean()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_AdaptiveMseMean()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_BaseMseLast100Mean()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_SessionNoUpdateLast100Mean()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_AdaptiveLast100Mean()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_UpdatesAttempted()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_UpdatesCommitted()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_UpdatesRolledBack()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_RunDir()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_Notes()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_Synthesized()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunMetrics_ExtraJson()
	{
		return (EAttribute)runMetricsEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpdateEvent()
	{
		return updateEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUpdateEvent_Session()
	{
		return (EReference)updateEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_T()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_Status()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_Committed()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_PreLoss()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_PostLoss()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_GradNorm()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_PreMaxH()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_PostMaxH()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_RunId()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUpdateEvent_Run()
	{
		return (EReference)updateEventEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateEvent_ExtraJson()
	{
		return (EAttribute)updateEventEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerStepCurves()
	{
		return perStepCurvesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerStepCurves_LegacyFormat()
	{
		return (EAttribute)perStepCurvesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerStepCurves_Length()
	{
		return (EAttribute)perStepCurvesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerStepCurves_T()
	{
		return (EAttribute)perStepCurvesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerStepCurves_BaseMse()
	{
		return (EAttribute)perStepCurvesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerStepCurves_SessionNoUpdateMse()
	{
		return (EAttribute)perStepCurvesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerStepCurves_AdaptiveMse()
	{
		return (EAttribute)perStepCurvesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerStepCurves_DidUpdate()
	{
		return (EAttribute)perStepCurvesEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerStepCurves_UpdateOk()
	{
		return (EAttribute)perStepCurvesEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrajectory()
	{
		return trajectoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectory_T()
	{
		return (EAttribute)trajectoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectory_X()
	{
		return (EAttribute)trajectoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectory_Y()
	{
		return (EAttribute)trajectoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectory_Vx()
	{
		return (EAttribute)trajectoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectory_Vy()
	{
		return (EAttribute)trajectoryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectory_Ax()
	{
		return (EAttribute)trajectoryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrajectory_Ay()
	{
		return (EAttribute)trajectoryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTensor()
	{
		return tensorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTensor_Name()
	{
		return (EAttribute)tensorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTensor_Shape()
	{
		return (EAttribute)tensorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTensor_Data()
	{
		return (EAttribute)tensorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnvMode()
	{
		return envModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUpdateStatus()
	{
		return updateStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLoadState()
	{
		return loadStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProblemSeverity()
	{
		return problemSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIntArray()
	{
		return intArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDoubleArray()
	{
		return doubleArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getFloatArray()
	{
		return floatArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getBooleanArray()
	{
		return booleanArrayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getJsonObject()
	{
		return jsonObjectEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StoreFactory getStoreFactory()
	{
		return (StoreFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		storeEClass = createEClass(STORE);
		createEAttribute(storeEClass, STORE__ROOT_PATH);
		createEReference(storeEClass, STORE__BASE);
		createEReference(storeEClass, STORE__SESSIONS);
		createEReference(storeEClass, STORE__ROOT_SESSIONS);
		createEReference(storeEClass, STORE__PROBLEMS);
		createEOperation(storeEClass, STORE___FIND_SESSION__STRING);

		storeProblemEClass = createEClass(STORE_PROBLEM);
		createEAttribute(storeProblemEClass, STORE_PROBLEM__PATH);
		createEAttribute(storeProblemEClass, STORE_PROBLEM__LINE);
		createEAttribute(storeProblemEClass, STORE_PROBLEM__MESSAGE);
		createEAttribute(storeProblemEClass, STORE_PROBLEM__SEVERITY);

		baseEClass = createEClass(BASE);
		createEAttribute(baseEClass, BASE__SCHEMA_VERSION);
		createEAttribute(baseEClass, BASE__CREATED_AT_UNIX);
		createEAttribute(baseEClass, BASE__TORCH_VERSION);
		createEAttribute(baseEClass, BASE__ENGINE_VERSION);
		createEAttribute(baseEClass, BASE__BASE_CKPT_HASH);
		createEAttribute(baseEClass, BASE__MODEL_SIGNATURE);
		createEReference(baseEClass, BASE__MODEL_CONFIG);
		createEReference(baseEClass, BASE__TENSORS);
		createEAttribute(baseEClass, BASE__TENSORS_STATE);
		createEAttribute(baseEClass, BASE__EXTRA_JSON);

		modelConfigEClass = createEClass(MODEL_CONFIG);
		createEAttribute(modelConfigEClass, MODEL_CONFIG__OBS_DIM);
		createEAttribute(modelConfigEClass, MODEL_CONFIG__ACT_DIM);
		createEAttribute(modelConfigEClass, MODEL_CONFIG__ZDIM);
		createEAttribute(modelConfigEClass, MODEL_CONFIG__UDIM);
		createEAttribute(modelConfigEClass, MODEL_CONFIG__NSTATE);
		createEAttribute(modelConfigEClass, MODEL_CONFIG__DT);

		plasticityConfigEClass = createEClass(PLASTICITY_CONFIG);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__LR);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__WEIGHT_DECAY);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__MOMENTUM);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__NESTEROV);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__NS_STEPS);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__ADJUST_LR_FN);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__CHUNK);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__BUFFER_LEN);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__ROLLBACK_TOL);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__GRAD_NORM_MAX);
		createEAttribute(plasticityConfigEClass, PLASTICITY_CONFIG__STATE_NORM_MAX);

		sessionEClass = createEClass(SESSION);
		createEReference(sessionEClass, SESSION__STORE);
		createEAttribute(sessionEClass, SESSION__ID);
		createEAttribute(sessionEClass, SESSION__SCHEMA_VERSION);
		createEAttribute(sessionEClass, SESSION__CREATED_AT_UNIX);
		createEAttribute(sessionEClass, SESSION__LAST_RUN_AT_UNIX);
		createEAttribute(sessionEClass, SESSION__PARENT_ID);
		createEAttribute(sessionEClass, SESSION__ROOT_ID);
		createEReference(sessionEClass, SESSION__PARENT);
		createEReference(sessionEClass, SESSION__CHILDREN);
		createEReference(sessionEClass, SESSION__ROOT);
		createEAttribute(sessionEClass, SESSION__DEPTH);
		createEAttribute(sessionEClass, SESSION__ORPHAN);
		createEAttribute(sessionEClass, SESSION__ENV_MODE);
		createEAttribute(sessionEClass, SESSION__MU);
		createEAttribute(sessionEClass, SESSION__BASE_CKPT_HASH);
		createEAttribute(sessionEClass, SESSION__MODEL_SIGNATURE);
		createEReference(sessionEClass, SESSION__MODEL_CONFIG);
		createEReference(sessionEClass, SESSION__PLASTICITY_CONFIG);
		createEAttribute(sessionEClass, SESSION__OPTIMIZER_VARIANT);
		createEAttribute(sessionEClass, SESSION__FORK_NOTE);
		createEAttribute(sessionEClass, SESSION__FORKED_FROM_RUN_ID);
		createEReference(sessionEClass, SESSION__METRICS);
		createEReference(sessionEClass, SESSION__RUNS);
		createEReference(sessionEClass, SESSION__EVENTS);
		createEReference(sessionEClass, SESSION__WEIGHTS);
		createEAttribute(sessionEClass, SESSION__WEIGHTS_STATE);
		createEAttribute(sessionEClass, SESSION__DETAILS_STATE);
		createEAttribute(sessionEClass, SESSION__EXTRA_JSON);
		createEOperation(sessionEClass, SESSION___FIND_RUN__STRING);

		runEClass = createEClass(RUN);
		createEReference(runEClass, RUN__SESSION);
		createEAttribute(runEClass, RUN__ID);
		createEAttribute(runEClass, RUN__SEED);
		createEAttribute(runEClass, RUN__STEPS);
		createEAttribute(runEClass, RUN__CREATED_AT_UNIX);
		createEReference(runEClass, RUN__METRICS);
		createEReference(runEClass, RUN__EVENTS);
		createEReference(runEClass, RUN__PER_STEP);
		createEAttribute(runEClass, RUN__PER_STEP_STATE);
		createEReference(runEClass, RUN__TRAJECTORY);
		createEAttribute(runEClass, RUN__TRAJECTORY_STATE);
		createEReference(runEClass, RUN__WEIGHTS);
		createEAttribute(runEClass, RUN__WEIGHTS_STATE);

		runMetricsEClass = createEClass(RUN_METRICS);
		createEAttribute(runMetricsEClass, RUN_METRICS__RUN_ID);
		createEAttribute(runMetricsEClass, RUN_METRICS__SEED);
		createEAttribute(runMetricsEClass, RUN_METRICS__STEPS);
		createEAttribute(runMetricsEClass, RUN_METRICS__MU);
		createEAttribute(runMetricsEClass, RUN_METRICS__ENV_MODE);
		createEAttribute(runMetricsEClass, RUN_METRICS__BASE_MSE_MEAN);
		createEAttribute(runMetricsEClass, RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN);
		createEAttribute(runMetricsEClass, RUN_METRICS__ADAPTIVE_MSE_MEAN);
		createEAttribute(runMetricsEClass, RUN_METRICS__BASE_MSE_LAST100_MEAN);
		createEAttribute(runMetricsEClass, RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN);
		createEAttribute(runMetricsEClass, RUN_METRICS__ADAPTIVE_LAST100_MEAN);
		createEAttribute(runMetricsEClass, RUN_METRICS__UPDATES_ATTEMPTED);
		createEAttribute(runMetricsEClass, RUN_METRICS__UPDATES_COMMITTED);
		createEAttribute(runMetricsEClass, RUN_METRICS__UPDATES_ROLLED_BACK);
		createEAttribute(runMetricsEClass, RUN_METRICS__RUN_DIR);
		createEAttribute(runMetricsEClass, RUN_METRICS__NOTES);
		createEAttribute(runMetricsEClass, RUN_METRICS__SYNTHESIZED);
		createEAttribute(runMetricsEClass, RUN_METRICS__EXTRA_JSON);

		updateEventEClass = createEClass(UPDATE_EVENT);
		createEReference(updateEventEClass, UPDATE_EVENT__SESSION);
		createEAttribute(updateEventEClass, UPDATE_EVENT__T);
		createEAttribute(updateEventEClass, UPDATE_EVENT__STATUS);
		createEAttribute(updateEventEClass, UPDATE_EVENT__COMMITTED);
		createEAttribute(updateEventEClass, UPDATE_EVENT__PRE_LOSS);
		createEAttribute(updateEventEClass, UPDATE_EVENT__POST_LOSS);
		createEAttribute(updateEventEClass, UPDATE_EVENT__GRAD_NORM);
		createEAttribute(updateEventEClass, UPDATE_EVENT__PRE_MAX_H);
		createEAttribute(updateEventEClass, UPDATE_EVENT__POST_MAX_H);
		createEAttribute(updateEventEClass, UPDATE_EVENT__RUN_ID);
		createEReference(updateEventEClass, UPDATE_EVENT__RUN);
		createEAttribute(updateEventEClass, UPDATE_EVENT__EXTRA_JSON);

		perStepCurvesEClass = createEClass(PER_STEP_CURVES);
		createEAttribute(perStepCurvesEClass, PER_STEP_CURVES__LEGACY_FORMAT);
		createEAttribute(perStepCurvesEClass, PER_STEP_CURVES__LENGTH);
		createEAttribute(perStepCurvesEClass, PER_STEP_CURVES__T);
		createEAttribute(perStepCurvesEClass, PER_STEP_CURVES__BASE_MSE);
		createEAttribute(perStepCurvesEClass, PER_STEP_CURVES__SESSION_NO_UPDATE_MSE);
		createEAttribute(perStepCurvesEClass, PER_STEP_CURVES__ADAPTIVE_MSE);
		createEAttribute(perStepCurvesEClass, PER_STEP_CURVES__DID_UPDATE);
		createEAttribute(perStepCurvesEClass, PER_STEP_CURVES__UPDATE_OK);

		trajectoryEClass = createEClass(TRAJECTORY);
		createEAttribute(trajectoryEClass, TRAJECTORY__T);
		createEAttribute(trajectoryEClass, TRAJECTORY__X);
		createEAttribute(trajectoryEClass, TRAJECTORY__Y);
		createEAttribute(trajectoryEClass, TRAJECTORY__VX);
		createEAttribute(trajectoryEClass, TRAJECTORY__VY);
		createEAttribute(trajectoryEClass, TRAJECTORY__AX);
		createEAttribute(trajectoryEClass, TRAJECTORY__AY);

		tensorEClass = createEClass(TENSOR);
		createEAttribute(tensorEClass, TENSOR__NAME);
		createEAttribute(tensorEClass, TENSOR__SHAPE);
		createEAttribute(tensorEClass, TENSOR__DATA);

		// Create enums
		envModeEEnum = createEEnum(ENV_MODE);
		updateStatusEEnum = createEEnum(UPDATE_STATUS);
		loadStateEEnum = createEEnum(LOAD_STATE);
		problemSeverityEEnum = createEEnum(PROBLEM_SEVERITY);

		// Create data types
		intArrayEDataType = createEDataType(INT_ARRAY);
		doubleArrayEDataType = createEDataType(DOUBLE_ARRAY);
		floatArrayEDataType = createEDataType(FLOAT_ARRAY);
		booleanArrayEDataType = createEDataType(BOOLEAN_ARRAY);
		jsonObjectEDataType = createEDataType(JSON_OBJECT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(storeEClass, Store.class, "Store", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStore_RootPath(), ecorePackage.getEString(), "rootPath", null, 0, 1, Store.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStore_Base(), this.getBase(), null, "base", null, 0, 1, Store.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStore_Sessions(), this.getSession(), this.getSession_Store(), "sessions", null, 0, -1, Store.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStore_RootSessions(), this.getSession(), null, "rootSessions", null, 0, -1, Store.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getStore_Problems(), this.getStoreProblem(), null, "problems", null, 0, -1, Store.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getStore__FindSession__String(), this.getSession(), "findSession", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "id", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(storeProblemEClass, StoreProblem.class, "StoreProblem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStoreProblem_Path(), ecorePackage.getEString(), "path", null, 0, 1, StoreProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoreProblem_Line(), ecorePackage.getEInt(), "line", null, 0, 1, StoreProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoreProblem_Message(), ecorePackage.getEString(), "message", null, 0, 1, StoreProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoreProblem_Severity(), this.getProblemSeverity(), "severity", null, 0, 1, StoreProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(baseEClass, Base.class, "Base", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBase_SchemaVersion(), ecorePackage.getEInt(), "schemaVersion", "1", 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBase_CreatedAtUnix(), ecorePackage.getEDouble(), "createdAtUnix", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBase_TorchVersion(), ecorePackage.getEString(), "torchVersion", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBase_EngineVersion(), ecorePackage.getEString(), "engineVersion", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBase_BaseCkptHash(), ecorePackage.getEString(), "baseCkptHash", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBase_ModelSignature(), ecorePackage.getEString(), "modelSignature", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBase_ModelConfig(), this.getModelConfig(), null, "modelConfig", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBase_Tensors(), this.getTensor(), null, "tensors", null, 0, -1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBase_TensorsState(), this.getLoadState(), "tensorsState", null, 0, 1, Base.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBase_ExtraJson(), this.getJsonObject(), "extraJson", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modelConfigEClass, ModelConfig.class, "ModelConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelConfig_ObsDim(), ecorePackage.getEInt(), "obsDim", "4", 0, 1, ModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelConfig_ActDim(), ecorePackage.getEInt(), "actDim", "2", 0, 1, ModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelConfig_ZDim(), ecorePackage.getEInt(), "zDim", "4", 0, 1, ModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelConfig_UDim(), ecorePackage.getEInt(), "uDim", "16", 0, 1, ModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelConfig_NState(), ecorePackage.getEInt(), "nState", "32", 0, 1, ModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelConfig_Dt(), ecorePackage.getEDouble(), "dt", "1.0", 0, 1, ModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(plasticityConfigEClass, PlasticityConfig.class, "PlasticityConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlasticityConfig_Lr(), ecorePackage.getEDouble(), "lr", "0.005", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_WeightDecay(), ecorePackage.getEDouble(), "weightDecay", "0.0", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_Momentum(), ecorePackage.getEDouble(), "momentum", "0.95", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_Nesterov(), ecorePackage.getEBoolean(), "nesterov", "true", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_NsSteps(), ecorePackage.getEInt(), "nsSteps", "5", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_AdjustLrFn(), ecorePackage.getEString(), "adjustLrFn", null, 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_Chunk(), ecorePackage.getEInt(), "chunk", "32", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_BufferLen(), ecorePackage.getEInt(), "bufferLen", "32", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_RollbackTol(), ecorePackage.getEDouble(), "rollbackTol", "0.2", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_GradNormMax(), ecorePackage.getEDouble(), "gradNormMax", "20.0", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlasticityConfig_StateNormMax(), ecorePackage.getEDouble(), "stateNormMax", "1000000.0", 0, 1, PlasticityConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sessionEClass, Session.class, "Session", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSession_Store(), this.getStore(), this.getStore_Sessions(), "store", null, 0, 1, Session.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Id(), ecorePackage.getEString(), "id", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_SchemaVersion(), ecorePackage.getEInt(), "schemaVersion", "1", 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_CreatedAtUnix(), ecorePackage.getEDouble(), "createdAtUnix", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_LastRunAtUnix(), ecorePackage.getEDoubleObject(), "lastRunAtUnix", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_ParentId(), ecorePackage.getEString(), "parentId", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_RootId(), ecorePackage.getEString(), "rootId", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Parent(), this.getSession(), this.getSession_Children(), "parent", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Children(), this.getSession(), this.getSession_Parent(), "children", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Root(), this.getSession(), null, "root", null, 0, 1, Session.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Depth(), ecorePackage.getEInt(), "depth", null, 0, 1, Session.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Orphan(), ecorePackage.getEBoolean(), "orphan", null, 0, 1, Session.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_EnvMode(), this.getEnvMode(), "envMode", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_Mu(), ecorePackage.getEDouble(), "mu", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_BaseCkptHash(), ecorePackage.getEString(), "baseCkptHash", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_ModelSignature(), ecorePackage.getEString(), "modelSignature", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_ModelConfig(), this.getModelConfig(), null, "modelConfig", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_PlasticityConfig(), this.getPlasticityConfig(), null, "plasticityConfig", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_OptimizerVariant(), ecorePackage.getEString(), "optimizerVariant", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_ForkNote(), ecorePackage.getEString(), "forkNote", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_ForkedFromRunId(), ecorePackage.getEString(), "forkedFromRunId", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Metrics(), this.getRunMetrics(), null, "metrics", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Runs(), this.getRun(), this.getRun_Session(), "runs", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Events(), this.getUpdateEvent(), this.getUpdateEvent_Session(), "events", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSession_Weights(), this.getTensor(), null, "weights", null, 0, -1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_WeightsState(), this.getLoadState(), "weightsState", null, 0, 1, Session.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_DetailsState(), this.getLoadState(), "detailsState", "loaded", 0, 1, Session.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSession_ExtraJson(), this.getJsonObject(), "extraJson", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getSession__FindRun__String(), this.getRun(), "findRun", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "runId", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(runEClass, Run.class, "Run", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRun_Session(), this.getSession(), this.getSession_Runs(), "session", null, 0, 1, Run.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Id(), ecorePackage.getEString(), "id", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Steps(), ecorePackage.getEInt(), "steps", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_CreatedAtUnix(), ecorePackage.getEDoubleObject(), "createdAtUnix", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Metrics(), this.getRunMetrics(), null, "metrics", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Events(), this.getUpdateEvent(), this.getUpdateEvent_Run(), "events", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_PerStep(), this.getPerStepCurves(), null, "perStep", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_PerStepState(), this.getLoadState(), "perStepState", null, 0, 1, Run.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Trajectory(), this.getTrajectory(), null, "trajectory", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_TrajectoryState(), this.getLoadState(), "trajectoryState", null, 0, 1, Run.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Weights(), this.getTensor(), null, "weights", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_WeightsState(), this.getLoadState(), "weightsState", null, 0, 1, Run.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runMetricsEClass, RunMetrics.class, "RunMetrics", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRunMetrics_RunId(), ecorePackage.getEString(), "runId", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_Steps(), ecorePackage.getEInt(), "steps", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_Mu(), ecorePackage.getEDouble(), "mu", "NaN", 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_EnvMode(), this.getEnvMode(), "envMode", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_BaseMseMean(), ecorePackage.getEDouble(), "baseMseMean", "NaN", 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_SessionNoUpdateMseMean(), ecorePackage.getEDouble(), "sessionNoUpdateMseMean", "NaN", 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_AdaptiveMseMean(), ecorePackage.getEDouble(), "adaptiveMseMean", "NaN", 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_BaseMseLast100Mean(), ecorePackage.getEDouble(), "baseMseLast100Mean", "NaN", 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_SessionNoUpdateLast100Mean(), ecorePackage.getEDouble(), "sessionNoUpdateLast100Mean", "NaN", 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_AdaptiveLast100Mean(), ecorePackage.getEDouble(), "adaptiveLast100Mean", "NaN", 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_UpdatesAttempted(), ecorePackage.getEInt(), "updatesAttempted", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_UpdatesCommitted(), ecorePackage.getEInt(), "updatesCommitted", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_UpdatesRolledBack(), ecorePackage.getEInt(), "updatesRolledBack", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_RunDir(), ecorePackage.getEString(), "runDir", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_Synthesized(), ecorePackage.getEBoolean(), "synthesized", null, 0, 1, RunMetrics.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunMetrics_ExtraJson(), this.getJsonObject(), "extraJson", null, 0, 1, RunMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(updateEventEClass, UpdateEvent.class, "UpdateEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getUpdateEvent_Session(), this.getSession(), this.getSession_Events(), "session", null, 0, 1, UpdateEvent.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_T(), ecorePackage.getEInt(), "t", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_Status(), this.getUpdateStatus(), "status", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_Committed(), ecorePackage.getEBoolean(), "committed", null, 0, 1, UpdateEvent.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_PreLoss(), ecorePackage.getEDouble(), "preLoss", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_PostLoss(), ecorePackage.getEDoubleObject(), "postLoss", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_GradNorm(), ecorePackage.getEDouble(), "gradNorm", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_PreMaxH(), ecorePackage.getEDoubleObject(), "preMaxH", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_PostMaxH(), ecorePackage.getEDoubleObject(), "postMaxH", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_RunId(), ecorePackage.getEString(), "runId", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUpdateEvent_Run(), this.getRun(), this.getRun_Events(), "run", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateEvent_ExtraJson(), this.getJsonObject(), "extraJson", null, 0, 1, UpdateEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(perStepCurvesEClass, PerStepCurves.class, "PerStepCurves", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerStepCurves_LegacyFormat(), ecorePackage.getEBoolean(), "legacyFormat", null, 0, 1, PerStepCurves.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerStepCurves_Length(), ecorePackage.getEInt(), "length", null, 0, 1, PerStepCurves.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerStepCurves_T(), this.getIntArray(), "t", null, 0, 1, PerStepCurves.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerStepCurves_BaseMse(), this.getDoubleArray(), "baseMse", null, 0, 1, PerStepCurves.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerStepCurves_SessionNoUpdateMse(), this.getDoubleArray(), "sessionNoUpdateMse", null, 0, 1, PerStepCurves.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerStepCurves_AdaptiveMse(), this.getDoubleArray(), "adaptiveMse", null, 0, 1, PerStepCurves.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerStepCurves_DidUpdate(), this.getBooleanArray(), "didUpdate", null, 0, 1, PerStepCurves.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerStepCurves_UpdateOk(), this.getBooleanArray(), "updateOk", null, 0, 1, PerStepCurves.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trajectoryEClass, Trajectory.class, "Trajectory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrajectory_T(), this.getIntArray(), "t", null, 0, 1, Trajectory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrajectory_X(), this.getDoubleArray(), "x", null, 0, 1, Trajectory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrajectory_Y(), this.getDoubleArray(), "y", null, 0, 1, Trajectory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrajectory_Vx(), this.getDoubleArray(), "vx", null, 0, 1, Trajectory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrajectory_Vy(), this.getDoubleArray(), "vy", null, 0, 1, Trajectory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrajectory_Ax(), this.getDoubleArray(), "ax", null, 0, 1, Trajectory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrajectory_Ay(), this.getDoubleArray(), "ay", null, 0, 1, Trajectory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tensorEClass, Tensor.class, "Tensor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTensor_Name(), ecorePackage.getEString(), "name", null, 0, 1, Tensor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTensor_Shape(), this.getIntArray(), "shape", null, 0, 1, Tensor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTensor_Data(), this.getFloatArray(), "data", null, 0, 1, Tensor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(envModeEEnum, EnvMode.class, "EnvMode");
		addEEnumLiteral(envModeEEnum, EnvMode.LINEAR);
		addEEnumLiteral(envModeEEnum, EnvMode.NONLINEAR);

		initEEnum(updateStatusEEnum, UpdateStatus.class, "UpdateStatus");
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.COMMIT);
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.ROLLBACK_LOSS_REGRESSION);
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.ROLLBACK_GRAD_NORM);
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.ROLLBACK_STATE_NORM);
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.ROLLBACK_NON_FINITE);
		addEEnumLiteral(updateStatusEEnum, UpdateStatus.UNKNOWN);

		initEEnum(loadStateEEnum, LoadState.class, "LoadState");
		addEEnumLiteral(loadStateEEnum, LoadState.NOT_LOADED);
		addEEnumLiteral(loadStateEEnum, LoadState.LOADED);
		addEEnumLiteral(loadStateEEnum, LoadState.MISSING);
		addEEnumLiteral(loadStateEEnum, LoadState.FAILED);

		initEEnum(problemSeverityEEnum, ProblemSeverity.class, "ProblemSeverity");
		addEEnumLiteral(problemSeverityEEnum, ProblemSeverity.INFO);
		addEEnumLiteral(problemSeverityEEnum, ProblemSeverity.WARNING);
		addEEnumLiteral(problemSeverityEEnum, ProblemSeverity.ERROR);

		// Initialize data types
		initEDataType(intArrayEDataType, int[].class, "IntArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(doubleArrayEDataType, double[].class, "DoubleArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(floatArrayEDataType, float[].class, "FloatArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(booleanArrayEDataType, boolean[].class, "BooleanArray", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(jsonObjectEDataType, ObjectNode.class, "JsonObject", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //StorePackageImpl

/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import ttt.workbench.store.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StoreFactoryImpl extends EFactoryImpl implements StoreFactory
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static StoreFactory init()
	{
		try
		{
			StoreFactory theStoreFactory = (StoreFactory)EPackage.Registry.INSTANCE.getEFactory(StorePackage.eNS_URI);
			if (theStoreFactory != null)
			{
				return theStoreFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new StoreFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StoreFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case StorePackage.STORE: return createStore();
			case StorePackage.STORE_PROBLEM: return createStoreProblem();
			case StorePackage.BASE: return createBase();
			case StorePackage.MODEL_CONFIG: return createModelConfig();
			case StorePackage.PLASTICITY_CONFIG: return createPlasticityConfig();
			case StorePackage.SESSION: return createSession();
			case StorePackage.RUN: return createRun();
			case StorePackage.RUN_METRICS: return createRunMetrics();
			case StorePackage.UPDATE_EVENT: return createUpdateEvent();
			case StorePackage.PER_STEP_CURVES: return createPerStepCurves();
			case StorePackage.TRAJECTORY: return createTrajectory();
			case StorePackage.TENSOR: return createTensor();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case StorePackage.ENV_MODE:
				return createEnvModeFromString(eDataType, initialValue);
			case StorePackage.UPDATE_STATUS:
				return createUpdateStatusFromString(eDataType, initialValue);
			case StorePackage.LOAD_STATE:
				return createLoadStateFromString(eDataType, initialValue);
			case StorePackage.PROBLEM_SEVERITY:
				return createProblemSeverityFromString(eDataType, initialValue);
			case StorePackage.INT_ARRAY:
				return createIntArrayFromString(eDataType, initialValue);
			case StorePackage.DOUBLE_ARRAY:
				return createDoubleArrayFromString(eDataType, initialValue);
			case StorePackage.FLOAT_ARRAY:
				return createFloatArrayFromString(eDataType, initialValue);
			case StorePackage.BOOLEAN_ARRAY:
				return createBooleanArrayFromString(eDataType, initialValue);
			case StorePackage.JSON_OBJECT:
				return createJsonObjectFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case StorePackage.ENV_MODE:
				return convertEnvModeToString(eDataType, instanceValue);
			case StorePackage.UPDATE_STATUS:
				return convertUpdateStatusToString(eDataType, instanceValue);
			case StorePackage.LOAD_STATE:
				return convertLoadStateToString(eDataType, instanceValue);
			case StorePackage.PROBLEM_SEVERITY:
				return convertProblemSeverityToString(eDataType, instanceValue);
			case StorePackage.INT_ARRAY:
				return convertIntArrayToString(eDataType, instanceValue);
			case StorePackage.DOUBLE_ARRAY:
				return convertDoubleArrayToString(eDataType, instanceValue);
			case StorePackage.FLOAT_ARRAY:
				return convertFloatArrayToString(eDataType, instanceValue);
			case StorePackage.BOOLEAN_ARRAY:
				return convertBooleanArrayToString(eDataType, instanceValue);
			case StorePackage.JSON_OBJECT:
				return convertJsonObjectToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Store createStore()
	{
		StoreImpl store = new StoreImpl();
		return store;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StoreProblem createStoreProblem()
	{
		StoreProblemImpl storeProblem = new StoreProblemImpl();
		return storeProblem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Base createBase()
	{
		BaseImpl base = new BaseImpl();
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelConfig createModelConfig()
	{
		ModelConfigImpl modelConfig = new ModelConfigImpl();
		return modelConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlasticityConfig createPlasticityConfig()
	{
		PlasticityConfigImpl plasticityConfig = new PlasticityConfigImpl();
		return plasticityConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session createSession()
	{
		SessionImpl session = new SessionImpl();
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Run createRun()
	{
		RunImpl run = new RunImpl();
		return run;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunMetrics createRunMetrics()
	{
		RunMetricsImpl runMetrics = new RunMetricsImpl();
		return runMetrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateEvent createUpdateEvent()
	{
		UpdateEventImpl updateEvent = new UpdateEventImpl();
		return updateEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerStepCurves createPerStepCurves()
	{
		PerStepCurvesImpl perStepCurves = new PerStepCurvesImpl();
		return perStepCurves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trajectory createTrajectory()
	{
		TrajectoryImpl trajectory = new TrajectoryImpl();
		return trajectory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tensor createTensor()
	{
		TensorImpl tensor = new TensorImpl();
		return tensor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnvMode createEnvModeFromString(EDataType eDataType, String initialValue)
	{
		EnvMode result = EnvMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnvModeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateStatus createUpdateStatusFromString(EDataType eDataType, String initialValue)
	{
		UpdateStatus result = UpdateStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LoadState createLoadStateFromString(EDataType eDataType, String initialValue)
	{
		LoadState result = LoadState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLoadStateToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProblemSeverity createProblemSeverityFromString(EDataType eDataType, String initialValue)
	{
		ProblemSeverity result = ProblemSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProblemSeverityToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public int[] createIntArray(final String it)
	{
		if (it == null) {
			return null;
		}
		String[] parts = it.replace('[', ' ').replace(']', ' ').strip().split("[,\\s]+");
		if (parts.length == 1 && parts[0].isEmpty()) {
			return new int[0];
		}
		int[] result = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			result[i] = Integer.parseInt(parts[i]);
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public int[] createIntArrayFromString(EDataType eDataType, String initialValue)
	{
		return createIntArray(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntArray(final int[] it)
	{
		return it == null ? null : java.util.Arrays.toString(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntArrayToString(EDataType eDataType, Object instanceValue)
	{
		return convertIntArray((int[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public double[] createDoubleArray(final String it)
	{
		if (it == null) {
			return null;
		}
		String[] parts = it.replace('[', ' ').replace(']', ' ').strip().split("[,\\s]+");
		if (parts.length == 1 && parts[0].isEmpty()) {
			return new double[0];
		}
		double[] result = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			result[i] = Double.parseDouble(parts[i]);
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public double[] createDoubleArrayFromString(EDataType eDataType, String initialValue)
	{
		return createDoubleArray(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDoubleArray(final double[] it)
	{
		return it == null ? null : java.util.Arrays.toString(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDoubleArrayToString(EDataType eDataType, Object instanceValue)
	{
		return convertDoubleArray((double[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public float[] createFloatArray(final String it)
	{
		if (it == null) {
			return null;
		}
		String[] parts = it.replace('[', ' ').replace(']', ' ').strip().split("[,\\s]+");
		if (parts.length == 1 && parts[0].isEmpty()) {
			return new float[0];
		}
		float[] result = new float[parts.length];
		for (int i = 0; i < parts.length; i++) {
			result[i] = Float.parseFloat(parts[i]);
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public float[] createFloatArrayFromString(EDataType eDataType, String initialValue)
	{
		return createFloatArray(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFloatArray(final float[] it)
	{
		return it == null ? null : java.util.Arrays.toString(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFloatArrayToString(EDataType eDataType, Object instanceValue)
	{
		return convertFloatArray((float[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean[] createBooleanArray(final String it)
	{
		if (it == null) {
			return null;
		}
		String[] parts = it.replace('[', ' ').replace(']', ' ').strip().split("[,\\s]+");
		if (parts.length == 1 && parts[0].isEmpty()) {
			return new boolean[0];
		}
		boolean[] result = new boolean[parts.length];
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			if (part.equals("1") || part.equalsIgnoreCase("true")) {
				result[i] = true;
			}
			else if (!part.equals("0") && !part.equalsIgnoreCase("false")) {
				throw new IllegalArgumentException("not a boolean: " + part);
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean[] createBooleanArrayFromString(EDataType eDataType, String initialValue)
	{
		return createBooleanArray(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBooleanArray(final boolean[] it)
	{
		return it == null ? null : java.util.Arrays.toString(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBooleanArrayToString(EDataType eDataType, Object instanceValue)
	{
		return convertBooleanArray((boolean[])instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectNode createJsonObject(final String it)
	{
		if (it == null) {
			return null;
		}
		try {
			com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(it);
			if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
				return object;
			}
			throw new IllegalArgumentException("not a JSON object: " + it);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalArgumentException("not JSON: " + it, e);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectNode createJsonObjectFromString(EDataType eDataType, String initialValue)
	{
		return createJsonObject(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJsonObject(final ObjectNode it)
	{
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJsonObjectToString(EDataType eDataType, Object instanceValue)
	{
		return convertJsonObject((ObjectNode)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorePackage getStorePackage()
	{
		return (StorePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static StorePackage getPackage()
	{
		return StorePackage.eINSTANCE;
	}

} //StoreFactoryImpl

/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import ttt.workbench.store.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see ttt.workbench.store.model.StorePackage
 * @generated
 */
public class StoreAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static StorePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StoreAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = StorePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StoreSwitch<Adapter> modelSwitch =
		new StoreSwitch<Adapter>()
		{
			@Override
			public Adapter caseStore(Store object)
			{
				return createStoreAdapter();
			}
			@Override
			public Adapter caseStoreProblem(StoreProblem object)
			{
				return createStoreProblemAdapter();
			}
			@Override
			public Adapter caseBase(Base object)
			{
				return createBaseAdapter();
			}
			@Override
			public Adapter caseModelConfig(ModelConfig object)
			{
				return createModelConfigAdapter();
			}
			@Override
			public Adapter casePlasticityConfig(PlasticityConfig object)
			{
				return createPlasticityConfigAdapter();
			}
			@Override
			public Adapter caseSession(Session object)
			{
				return createSessionAdapter();
			}
			@Override
			public Adapter caseRun(Run object)
			{
				return createRunAdapter();
			}
			@Override
			public Adapter caseRunMetrics(RunMetrics object)
			{
				return createRunMetricsAdapter();
			}
			@Override
			public Adapter caseUpdateEvent(UpdateEvent object)
			{
				return createUpdateEventAdapter();
			}
			@Override
			public Adapter casePerStepCurves(PerStepCurves object)
			{
				return createPerStepCurvesAdapter();
			}
			@Override
			public Adapter caseTrajectory(Trajectory object)
			{
				return createTrajectoryAdapter();
			}
			@Override
			public Adapter caseTensor(Tensor object)
			{
				return createTensorAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.Store <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.Store
	 * @generated
	 */
	public Adapter createStoreAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.StoreProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.StoreProblem
	 * @generated
	 */
	public Adapter createStoreProblemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.Base <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.Base
	 * @generated
	 */
	public Adapter createBaseAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.ModelConfig <em>Model Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.ModelConfig
	 * @generated
	 */
	public Adapter createModelConfigAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.PlasticityConfig <em>Plasticity Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.PlasticityConfig
	 * @generated
	 */
	public Adapter createPlasticityConfigAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.Session
	 * @generated
	 */
	public Adapter createSessionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.Run
	 * @generated
	 */
	public Adapter createRunAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.RunMetrics <em>Run Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.RunMetrics
	 * @generated
	 */
	public Adapter createRunMetricsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.UpdateEvent <em>Update Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.UpdateEvent
	 * @generated
	 */
	public Adapter createUpdateEventAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.PerStepCurves <em>Per Step Curves</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.PerStepCurves
	 * @generated
	 */
	public Adapter createPerStepCurvesAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.Trajectory <em>Trajectory</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.Trajectory
	 * @generated
	 */
	public Adapter createTrajectoryAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link ttt.workbench.store.model.Tensor <em>Tensor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see ttt.workbench.store.model.Tensor
	 * @generated
	 */
	public Adapter createTensorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //StoreAdapterFactory

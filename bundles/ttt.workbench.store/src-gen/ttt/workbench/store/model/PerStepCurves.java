/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Per Step Curves</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The columns of per_step.csv, one array element per row. Arrays are values: never modify one in place, set a new array (that is what notifies observers).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.PerStepCurves#isLegacyFormat <em>Legacy Format</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PerStepCurves#getLength <em>Length</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PerStepCurves#getT <em>T</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PerStepCurves#getBaseMse <em>Base Mse</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PerStepCurves#getSessionNoUpdateMse <em>Session No Update Mse</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PerStepCurves#getAdaptiveMse <em>Adaptive Mse</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PerStepCurves#getDidUpdate <em>Did Update</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PerStepCurves#getUpdateOk <em>Update Ok</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves()
 * @model
 * @generated
 */
public interface PerStepCurves extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Legacy Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the file has the Phase 0 header t,baseline_mse,adaptive_mse,did_update,update_ok (then baseMse holds baseline_mse and sessionNoUpdateMse is null).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legacy Format</em>' attribute.
	 * @see #setLegacyFormat(boolean)
	 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves_LegacyFormat()
	 * @model
	 * @generated
	 */
	boolean isLegacyFormat();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PerStepCurves#isLegacyFormat <em>Legacy Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legacy Format</em>' attribute.
	 * @see #isLegacyFormat()
	 * @generated
	 */
	void setLegacyFormat(boolean value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived: the number of rows (length of t, 0 when unset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves_Length()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getLength();

	/**
	 * Returns the value of the '<em><b>T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * t column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>T</em>' attribute.
	 * @see #setT(int[])
	 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves_T()
	 * @model dataType="ttt.workbench.store.model.IntArray"
	 * @generated
	 */
	int[] getT();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PerStepCurves#getT <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>T</em>' attribute.
	 * @see #getT()
	 * @generated
	 */
	void setT(int[] value);

	/**
	 * Returns the value of the '<em><b>Base Mse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * base_mse column (baseline_mse in Phase 0 files).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Mse</em>' attribute.
	 * @see #setBaseMse(double[])
	 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves_BaseMse()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getBaseMse();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PerStepCurves#getBaseMse <em>Base Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Mse</em>' attribute.
	 * @see #getBaseMse()
	 * @generated
	 */
	void setBaseMse(double[] value);

	/**
	 * Returns the value of the '<em><b>Session No Update Mse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * session_no_update_mse column; null in Phase 0 files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session No Update Mse</em>' attribute.
	 * @see #setSessionNoUpdateMse(double[])
	 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves_SessionNoUpdateMse()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getSessionNoUpdateMse();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PerStepCurves#getSessionNoUpdateMse <em>Session No Update Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session No Update Mse</em>' attribute.
	 * @see #getSessionNoUpdateMse()
	 * @generated
	 */
	void setSessionNoUpdateMse(double[] value);

	/**
	 * Returns the value of the '<em><b>Adaptive Mse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * adaptive_mse column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adaptive Mse</em>' attribute.
	 * @see #setAdaptiveMse(double[])
	 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves_AdaptiveMse()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getAdaptiveMse();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PerStepCurves#getAdaptiveMse <em>Adaptive Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adaptive Mse</em>' attribute.
	 * @see #getAdaptiveMse()
	 * @generated
	 */
	void setAdaptiveMse(double[] value);

	/**
	 * Returns the value of the '<em><b>Did Update</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * did_update column (0/1 in the file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Did Update</em>' attribute.
	 * @see #setDidUpdate(boolean[])
	 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves_DidUpdate()
	 * @model dataType="ttt.workbench.store.model.BooleanArray"
	 * @generated
	 */
	boolean[] getDidUpdate();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PerStepCurves#getDidUpdate <em>Did Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Did Update</em>' attribute.
	 * @see #getDidUpdate()
	 * @generated
	 */
	void setDidUpdate(boolean[] value);

	/**
	 * Returns the value of the '<em><b>Update Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * update_ok column (0/1 in the file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Ok</em>' attribute.
	 * @see #setUpdateOk(boolean[])
	 * @see ttt.workbench.store.model.StorePackage#getPerStepCurves_UpdateOk()
	 * @model dataType="ttt.workbench.store.model.BooleanArray"
	 * @generated
	 */
	boolean[] getUpdateOk();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PerStepCurves#getUpdateOk <em>Update Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Ok</em>' attribute.
	 * @see #getUpdateOk()
	 * @generated
	 */
	void setUpdateOk(boolean[] value);

} // PerStepCurves

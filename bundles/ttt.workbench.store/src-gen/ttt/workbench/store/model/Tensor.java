/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tensor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named float32 tensor from a .pt file: row-major data of the given shape. Arrays are values: set new arrays, never modify in place.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.Tensor#getName <em>Name</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Tensor#getShape <em>Shape</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Tensor#getData <em>Data</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getTensor()
 * @model
 * @generated
 */
public interface Tensor extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key in the state dict: W_u, B, W_o or a_raw.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ttt.workbench.store.model.StorePackage#getTensor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Tensor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dimensions, e.g. [16, 6] for W_u.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see #setShape(int[])
	 * @see ttt.workbench.store.model.StorePackage#getTensor_Shape()
	 * @model dataType="ttt.workbench.store.model.IntArray"
	 * @generated
	 */
	int[] getShape();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Tensor#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see #getShape()
	 * @generated
	 */
	void setShape(int[] value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values in row-major order (length = product of shape).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(float[])
	 * @see ttt.workbench.store.model.StorePackage#getTensor_Data()
	 * @model dataType="ttt.workbench.store.model.FloatArray"
	 * @generated
	 */
	float[] getData();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Tensor#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(float[] value);

} // Tensor

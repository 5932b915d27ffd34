/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trajectory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * trajectory.json as columns: the observation [x, y, vx, vy] at step t and the action [ax, ay] taken (the final observation is not included). Arrays are values: set new arrays, never modify in place.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.Trajectory#getT <em>T</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Trajectory#getX <em>X</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Trajectory#getY <em>Y</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Trajectory#getVx <em>Vx</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Trajectory#getVy <em>Vy</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Trajectory#getAx <em>Ax</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Trajectory#getAy <em>Ay</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getTrajectory()
 * @model
 * @generated
 */
public interface Trajectory extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * t.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>T</em>' attribute.
	 * @see #setT(int[])
	 * @see ttt.workbench.store.model.StorePackage#getTrajectory_T()
	 * @model dataType="ttt.workbench.store.model.IntArray"
	 * @generated
	 */
	int[] getT();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Trajectory#getT <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>T</em>' attribute.
	 * @see #getT()
	 * @generated
	 */
	void setT(int[] value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double[])
	 * @see ttt.workbench.store.model.StorePackage#getTrajectory_X()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getX();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Trajectory#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double[] value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * y.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double[])
	 * @see ttt.workbench.store.model.StorePackage#getTrajectory_Y()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getY();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Trajectory#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double[] value);

	/**
	 * Returns the value of the '<em><b>Vx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vx.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vx</em>' attribute.
	 * @see #setVx(double[])
	 * @see ttt.workbench.store.model.StorePackage#getTrajectory_Vx()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getVx();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Trajectory#getVx <em>Vx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vx</em>' attribute.
	 * @see #getVx()
	 * @generated
	 */
	void setVx(double[] value);

	/**
	 * Returns the value of the '<em><b>Vy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vy</em>' attribute.
	 * @see #setVy(double[])
	 * @see ttt.workbench.store.model.StorePackage#getTrajectory_Vy()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getVy();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Trajectory#getVy <em>Vy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vy</em>' attribute.
	 * @see #getVy()
	 * @generated
	 */
	void setVy(double[] value);

	/**
	 * Returns the value of the '<em><b>Ax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ax.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ax</em>' attribute.
	 * @see #setAx(double[])
	 * @see ttt.workbench.store.model.StorePackage#getTrajectory_Ax()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getAx();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Trajectory#getAx <em>Ax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ax</em>' attribute.
	 * @see #getAx()
	 * @generated
	 */
	void setAx(double[] value);

	/**
	 * Returns the value of the '<em><b>Ay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ay</em>' attribute.
	 * @see #setAy(double[])
	 * @see ttt.workbench.store.model.StorePackage#getTrajectory_Ay()
	 * @model dataType="ttt.workbench.store.model.DoubleArray"
	 * @generated
	 */
	double[] getAy();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Trajectory#getAy <em>Ay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ay</em>' attribute.
	 * @see #getAy()
	 * @generated
	 */
	void setAy(double[] value);

} // Trajectory

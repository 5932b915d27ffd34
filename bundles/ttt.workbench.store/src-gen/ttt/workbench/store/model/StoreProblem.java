/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One problem found in one file of the store: the message names the problem in plain words, path names the file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.StoreProblem#getPath <em>Path</em>}</li>
 *   <li>{@link ttt.workbench.store.model.StoreProblem#getLine <em>Line</em>}</li>
 *   <li>{@link ttt.workbench.store.model.StoreProblem#getMessage <em>Message</em>}</li>
 *   <li>{@link ttt.workbench.store.model.StoreProblem#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getStoreProblem()
 * @model
 * @generated
 */
public interface StoreProblem extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file concerned, relative to Store.rootPath with '/' separators (e.g. sessions/s1/meta.json).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see ttt.workbench.store.model.StorePackage#getStoreProblem_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.StoreProblem#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line in the file (jsonl, csv), or 0 when the problem concerns the whole file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see ttt.workbench.store.model.StorePackage#getStoreProblem_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.StoreProblem#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is wrong, in plain words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see ttt.workbench.store.model.StorePackage#getStoreProblem_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.StoreProblem#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.ProblemSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How bad: error means the file's content is missing from the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see ttt.workbench.store.model.ProblemSeverity
	 * @see #setSeverity(ProblemSeverity)
	 * @see ttt.workbench.store.model.StorePackage#getStoreProblem_Severity()
	 * @model
	 * @generated
	 */
	ProblemSeverity getSeverity();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.StoreProblem#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see ttt.workbench.store.model.ProblemSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(ProblemSeverity value);

} // StoreProblem

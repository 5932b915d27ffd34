/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Store</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The whole artifact store rooted at rootPath: the base checkpoint, every session (a flat containment list; the tree is formed by Session.parent/children) and the problems found while reading it. A file that cannot be read becomes a StoreProblem instead of breaking the model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.Store#getRootPath <em>Root Path</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Store#getBase <em>Base</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Store#getSessions <em>Sessions</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Store#getRootSessions <em>Root Sessions</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Store#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getStore()
 * @model
 * @generated
 */
public interface Store extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Root Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute path of the store's root folder (the one holding base/ and sessions/).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Path</em>' attribute.
	 * @see #setRootPath(String)
	 * @see ttt.workbench.store.model.StorePackage#getStore_RootPath()
	 * @model
	 * @generated
	 */
	String getRootPath();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Store#getRootPath <em>Root Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Path</em>' attribute.
	 * @see #getRootPath()
	 * @generated
	 */
	void setRootPath(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * base/base_meta.json and base/base_checkpoint.pt; null while the store has no base (before init_base) or when base_meta.json is unreadable (see problems).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' containment reference.
	 * @see #setBase(Base)
	 * @see ttt.workbench.store.model.StorePackage#getStore_Base()
	 * @model containment="true"
	 * @generated
	 */
	Base getBase();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Store#getBase <em>Base</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' containment reference.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(Base value);

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.Session}.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.Session#getStore <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every session of sessions/, in a stable order (persistence sorts by createdAtUnix, then id). Flat: lineage is expressed by Session.parent/children.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see ttt.workbench.store.model.StorePackage#getStore_Sessions()
	 * @see ttt.workbench.store.model.Session#getStore
	 * @model opposite="store" containment="true"
	 * @generated
	 */
	EList<Session> getSessions();

	/**
	 * Returns the value of the '<em><b>Root Sessions</b></em>' reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.Session}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived: the sessions without a parent object, i.e. those made from the base and the orphans whose parent is missing (see Session.orphan). These are the children of the base node in a session tree. Computed on each call, so it sends no notifications: observe sessions and Session.parent instead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Sessions</em>' reference list.
	 * @see ttt.workbench.store.model.StorePackage#getStore_RootSessions()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Session> getRootSessions();

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.StoreProblem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What could not be read or does not fit (unparsable JSON, bad CSV row, unknown status, missing parent, signature mismatch...). Replaced by the persistence code on every reload of the files concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see ttt.workbench.store.model.StorePackage#getStore_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<StoreProblem> getProblems();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session with this id, or null. A linear scan: callers needing many look-ups keep their own map.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Session findSession(String id);

} // Store

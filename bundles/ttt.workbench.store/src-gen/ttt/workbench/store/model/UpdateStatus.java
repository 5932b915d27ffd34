/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Update Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * status of an update event; literal names are the strings of the files (UpdateStatus.get("rollback_grad_norm")). unknown stands for a status this version does not know: the reader keeps the original string in UpdateEvent.extraJson under "status" and writes it back from there.
 * <!-- end-model-doc -->
 * @see ttt.workbench.store.model.StorePackage#getUpdateStatus()
 * @model
 * @generated
 */
public enum UpdateStatus implements Enumerator
{
	/**
	 * The '<em><b>Commit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMIT_VALUE
	 * @generated
	 * @ordered
	 */
	COMMIT(0, "commit", "commit"),

	/**
	 * The '<em><b>Rollback loss regression</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_LOSS_REGRESSION_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLBACK_LOSS_REGRESSION(1, "rollback_loss_regression", "rollback_loss_regression"),

	/**
	 * The '<em><b>Rollback grad norm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_GRAD_NORM_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLBACK_GRAD_NORM(2, "rollback_grad_norm", "rollback_grad_norm"),

	/**
	 * The '<em><b>Rollback state norm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_STATE_NORM_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLBACK_STATE_NORM(3, "rollback_state_norm", "rollback_state_norm"),

	/**
	 * The '<em><b>Rollback non finite</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_NON_FINITE_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLBACK_NON_FINITE(4, "rollback_non_finite", "rollback_non_finite"),

	/**
	 * The '<em><b>Unknown</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(99, "unknown", "unknown");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The '<em><b>Commit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMIT
	 * @model name="commit"
	 * @generated
	 * @ordered
	 */
	public static final int COMMIT_VALUE = 0;

	/**
	 * The '<em><b>Rollback loss regression</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_LOSS_REGRESSION
	 * @model name="rollback_loss_regression"
	 * @generated
	 * @ordered
	 */
	public static final int ROLLBACK_LOSS_REGRESSION_VALUE = 1;

	/**
	 * The '<em><b>Rollback grad norm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_GRAD_NORM
	 * @model name="rollback_grad_norm"
	 * @generated
	 * @ordered
	 */
	public static final int ROLLBACK_GRAD_NORM_VALUE = 2;

	/**
	 * The '<em><b>Rollback state norm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_STATE_NORM
	 * @model name="rollback_state_norm"
	 * @generated
	 * @ordered
	 */
	public static final int ROLLBACK_STATE_NORM_VALUE = 3;

	/**
	 * The '<em><b>Rollback non finite</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_NON_FINITE
	 * @model name="rollback_non_finite"
	 * @generated
	 * @ordered
	 */
	public static final int ROLLBACK_NON_FINITE_VALUE = 4;

	/**
	 * The '<em><b>Unknown</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model name="unknown"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 99;

	/**
	 * An array of all the '<em><b>Update Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final UpdateStatus[] VALUES_ARRAY =
		new UpdateStatus[]
		{
			COMMIT,
			ROLLBACK_LOSS_REGRESSION,
			ROLLBACK_GRAD_NORM,
			ROLLBACK_STATE_NORM,
			ROLLBACK_NON_FINITE,
			UNKNOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Update Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<UpdateStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Update Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdateStatus get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			UpdateStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Update Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdateStatus getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			UpdateStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Update Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UpdateStatus get(int value)
	{
		switch (value)
		{
			case COMMIT_VALUE: return COMMIT;
			case ROLLBACK_LOSS_REGRESSION_VALUE: return ROLLBACK_LOSS_REGRESSION;
			case ROLLBACK_GRAD_NORM_VALUE: return ROLLBACK_GRAD_NORM;
			case ROLLBACK_STATE_NORM_VALUE: return ROLLBACK_STATE_NORM;
			case ROLLBACK_NON_FINITE_VALUE: return ROLLBACK_NON_FINITE;
			case UNKNOWN_VALUE: return UNKNOWN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private UpdateStatus(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //UpdateStatus

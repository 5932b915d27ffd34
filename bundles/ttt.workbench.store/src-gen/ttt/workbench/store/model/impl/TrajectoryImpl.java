/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import ttt.workbench.store.model.StorePackage;
import ttt.workbench.store.model.Trajectory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trajectory</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.TrajectoryImpl#getT <em>T</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.TrajectoryImpl#getX <em>X</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.TrajectoryImpl#getY <em>Y</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.TrajectoryImpl#getVx <em>Vx</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.TrajectoryImpl#getVy <em>Vy</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.TrajectoryImpl#getAx <em>Ax</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.TrajectoryImpl#getAy <em>Ay</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrajectoryImpl extends MinimalEObjectImpl.Container implements Trajectory
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The default value of the '{@link #getT() <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getT()
	 * @generated
	 * @ordered
	 */
	protected static final int[] T_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getT() <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getT()
	 * @generated
	 * @ordered
	 */
	protected int[] t = T_EDEFAULT;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final double[] X_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected double[] x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final double[] Y_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected double[] y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getVx() <em>Vx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVx()
	 * @generated
	 * @ordered
	 */
	protected static final double[] VX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVx() <em>Vx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVx()
	 * @generated
	 * @ordered
	 */
	protected double[] vx = VX_EDEFAULT;

	/**
	 * The default value of the '{@link #getVy() <em>Vy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVy()
	 * @generated
	 * @ordered
	 */
	protected static final double[] VY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVy() <em>Vy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVy()
	 * @generated
	 * @ordered
	 */
	protected double[] vy = VY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAx() <em>Ax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAx()
	 * @generated
	 * @ordered
	 */
	protected static final double[] AX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAx() <em>Ax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAx()
	 * @generated
	 * @ordered
	 */
	protected double[] ax = AX_EDEFAULT;

	/**
	 * The default value of the '{@link #getAy() <em>Ay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAy()
	 * @generated
	 * @ordered
	 */
	protected static final double[] AY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAy() <em>Ay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAy()
	 * @generated
	 * @ordered
	 */
	protected double[] ay = AY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrajectoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return StorePackage.Literals.TRAJECTORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getT()
	{
		return t;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setT(int[] newT)
	{
		int[] oldT = t;
		t = newT;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.TRAJECTORY__T, oldT, t));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getX()
	{
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(double[] newX)
	{
		double[] oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.TRAJECTORY__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getY()
	{
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(double[] newY)
	{
		double[] oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.TRAJECTORY__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getVx()
	{
		return vx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVx(double[] newVx)
	{
		double[] oldVx = vx;
		vx = newVx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.TRAJECTORY__VX, oldVx, vx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getVy()
	{
		return vy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVy(double[] newVy)
	{
		double[] oldVy = vy;
		vy = newVy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.TRAJECTORY__VY, oldVy, vy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getAx()
	{
		return ax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAx(double[] newAx)
	{
		double[] oldAx = ax;
		ax = newAx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.TRAJECTORY__AX, oldAx, ax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getAy()
	{
		return ay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAy(double[] newAy)
	{
		double[] oldAy = ay;
		ay = newAy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.TRAJECTORY__AY, oldAy, ay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case StorePackage.TRAJECTORY__T:
				return getT();
			case StorePackage.TRAJECTORY__X:
				return getX();
			case StorePackage.TRAJECTORY__Y:
				return getY();
			case StorePackage.TRAJECTORY__VX:
				return getVx();
			case StorePackage.TRAJECTORY__VY:
				return getVy();
			case StorePackage.TRAJECTORY__AX:
				return getAx();
			case StorePackage.TRAJECTORY__AY:
				return getAy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case StorePackage.TRAJECTORY__T:
				setT((int[])newValue);
				return;
			case StorePackage.TRAJECTORY__X:
				setX((double[])newValue);
				return;
			case StorePackage.TRAJECTORY__Y:
				setY((double[])newValue);
				return;
			case StorePackage.TRAJECTORY__VX:
				setVx((double[])newValue);
				return;
			case StorePackage.TRAJECTORY__VY:
				setVy((double[])newValue);
				return;
			case StorePackage.TRAJECTORY__AX:
				setAx((double[])newValue);
				return;
			case StorePackage.TRAJECTORY__AY:
				setAy((double[])newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case StorePackage.TRAJECTORY__T:
				setT(T_EDEFAULT);
				return;
			case StorePackage.TRAJECTORY__X:
				setX(X_EDEFAULT);
				return;
			case StorePackage.TRAJECTORY__Y:
				setY(Y_EDEFAULT);
				return;
			case StorePackage.TRAJECTORY__VX:
				setVx(VX_EDEFAULT);
				return;
			case StorePackage.TRAJECTORY__VY:
				setVy(VY_EDEFAULT);
				return;
			case StorePackage.TRAJECTORY__AX:
				setAx(AX_EDEFAULT);
				return;
			case StorePackage.TRAJECTORY__AY:
				setAy(AY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case StorePackage.TRAJECTORY__T:
				return T_EDEFAULT == null ? t != null : !T_EDEFAULT.equals(t);
			case StorePackage.TRAJECTORY__X:
				return X_EDEFAULT == null ? x != null : !X_EDEFAULT.equals(x);
			case StorePackage.TRAJECTORY__Y:
				return Y_EDEFAULT == null ? y != null : !Y_EDEFAULT.equals(y);
			case StorePackage.TRAJECTORY__VX:
				return VX_EDEFAULT == null ? vx != null : !VX_EDEFAULT.equals(vx);
			case StorePackage.TRAJECTORY__VY:
				return VY_EDEFAULT == null ? vy != null : !VY_EDEFAULT.equals(vy);
			case StorePackage.TRAJECTORY__AX:
				return AX_EDEFAULT == null ? ax != null : !AX_EDEFAULT.equals(ax);
			case StorePackage.TRAJECTORY__AY:
				return AY_EDEFAULT == null ? ay != null : !AY_EDEFAULT.equals(ay);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (t: ");
		result.append(t);
		result.append(", x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", vx: ");
		result.append(vx);
		result.append(", vy: ");
		result.append(vy);
		result.append(", ax: ");
		result.append(ax);
		result.append(", ay: ");
		result.append(ay);
		result.append(')');
		return result.toString();
	}

} //TrajectoryImpl

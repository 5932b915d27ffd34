package ttt.workbench.store.codec;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.json.PythonFloats;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.Trajectory;

/** A run's {@code trajectory.json}: {@code [{t, x, y, vx, vy, ax, ay}, ...]}, one object per step (SPEC §2.3). */
public final class TrajectoryCodec {

	private TrajectoryCodec() {
	}

	public static Trajectory read(JsonNode json, Path file) throws StoreFormatException {
		if (json == null || !json.isArray()) {
			throw new StoreFormatException(file, "a trajectory must be a JSON array of steps, found " + JsonFields.describe(json));
		}
		int n = json.size();
		int[] t = new int[n];
		double[] x = new double[n];
		double[] y = new double[n];
		double[] vx = new double[n];
		double[] vy = new double[n];
		double[] ax = new double[n];
		double[] ay = new double[n];
		for (int i = 0; i < n; i++) {
			JsonFields f = new JsonFields(json.get(i), file, "step " + i);
			t[i] = f.requireInt("t");
			if (t[i] != i) {
				throw f.error("step " + i + " has t = " + t[i] + " (steps must be consecutive from 0)");
			}
			x[i] = f.requireDouble("x");
			y[i] = f.requireDouble("y");
			vx[i] = f.requireDouble("vx");
			vy[i] = f.requireDouble("vy");
			ax[i] = f.requireDouble("ax");
			ay[i] = f.requireDouble("ay");
		}
		Trajectory traj = StoreFactory.eINSTANCE.createTrajectory();
		traj.setT(t);
		traj.setX(x);
		traj.setY(y);
		traj.setVx(vx);
		traj.setVy(vy);
		traj.setAx(ax);
		traj.setAy(ay);
		return traj;
	}

	/**
	 * The file's text, exactly {@code PythonJsonWriter.pretty(write(traj))} (the reference's {@code json.dump(...,
	 * indent=2, sort_keys=True)}), streamed into one builder: a long run's trajectory is a hundred thousand numbers,
	 * and a Jackson tree of them (an object and a sorted key list per step) cost more than the numbers themselves.
	 */
	public static String format(Trajectory traj) {
		int n = traj.getT().length;
		if (n == 0) {
			return "[]";
		}
		StringBuilder out = new StringBuilder(64 + n * 200);
		out.append('[');
		for (int i = 0; i < n; i++) {
			out.append(i == 0 ? "\n  {" : ",\n  {"); // keys in sorted order, as sort_keys=True writes them
			out.append("\n    \"ax\": ");
			PythonFloats.appendRepr(out, traj.getAx()[i]);
			out.append(",\n    \"ay\": ");
			PythonFloats.appendRepr(out, traj.getAy()[i]);
			out.append(",\n    \"t\": ").append(traj.getT()[i]);
			out.append(",\n    \"vx\": ");
			PythonFloats.appendRepr(out, traj.getVx()[i]);
			out.append(",\n    \"vy\": ");
			PythonFloats.appendRepr(out, traj.getVy()[i]);
			out.append(",\n    \"x\": ");
			PythonFloats.appendRepr(out, traj.getX()[i]);
			out.append(",\n    \"y\": ");
			PythonFloats.appendRepr(out, traj.getY()[i]);
			out.append("\n  }");
		}
		return out.append("\n]").toString();
	}

	public static ArrayNode write(Trajectory traj) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode(traj.getT().length);
		for (int i = 0; i < traj.getT().length; i++) {
			ObjectNode step = array.addObject();
			step.put("ax", traj.getAx()[i]);
			step.put("ay", traj.getAy()[i]);
			step.put("t", traj.getT()[i]);
			step.put("vx", traj.getVx()[i]);
			step.put("vy", traj.getVy()[i]);
			step.put("x", traj.getX()[i]);
			step.put("y", traj.getY()[i]);
		}
		return array;
	}
}

package ttt.workbench.analysis.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a forest out top-down with ELK's Mr. Tree algorithm. The Session Tree used it until stores grew large: on
 * 10,000 sessions it takes about 16 s (see README "Scale"), so {@link TreeLayoutEngine} now lays trees out itself
 * in one linear pass. Kept for the benchmark's comparison and the tests that check both agree on small trees.
 * Pure computation: no SWT, callable from any thread.
 */
public final class ElkMrTreeLayout {

	private static boolean registered;

	private final double spacing;

	/** @param spacing gap in pixels between neighbouring nodes and between levels (Mr. Tree uses one spacing for both) */
	public ElkMrTreeLayout(double spacing) {
		this.spacing = spacing;
	}

	/**
	 * ELK finds algorithms through its meta data service. Inside OSGi an extension registers them; on a plain class
	 * path (unit tests, the headless CLI) nothing does, so register explicitly, once.
	 */
	private static synchronized void ensureAlgorithmRegistered() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new MrTreeMetaDataProvider());
			registered = true;
		}
	}

	/**
	 * @param nodes nodes in any order; exactly the nodes whose parent is {@code null} or unknown become roots
	 * @throws IllegalArgumentException when two nodes share an id
	 */
	public LaidOutTree layout(List<TreeNodeSpec> nodes) {
		ensureAlgorithmRegistered();
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, MrTreeOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, spacing);

		Map<String, ElkNode> elkNodes = new HashMap<>();
		Map<ElkNode, TreeNodeSpec> specs = new HashMap<>();
		for (TreeNodeSpec spec : nodes) {
			ElkNode n = ElkGraphUtil.createNode(graph);
			n.setIdentifier(spec.id());
			n.setDimensions(spec.width(), spec.height());
			if (elkNodes.put(spec.id(), n) != null) {
				throw new IllegalArgumentException("duplicate node id: " + spec.id());
			}
			specs.put(n, spec);
		}
		for (TreeNodeSpec spec : nodes) {
			ElkNode parent = spec.parentId() == null ? null : elkNodes.get(spec.parentId());
			if (parent != null) {
				ElkGraphUtil.createSimpleEdge(parent, elkNodes.get(spec.id()));
			}
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

		List<LaidOutTree.Box> boxes = new ArrayList<>(nodes.size());
		for (ElkNode n : graph.getChildren()) {
			boxes.add(new LaidOutTree.Box(specs.get(n), n.getX(), n.getY(), n.getWidth(), n.getHeight()));
		}
		List<LaidOutTree.Edge> edges = new ArrayList<>();
		for (ElkEdge e : graph.getContainedEdges()) {
			edges.add(new LaidOutTree.Edge(e.getSources().get(0).getIdentifier(), e.getTargets().get(0).getIdentifier(),
					polyline(e.getSections().get(0))));
		}
		return new LaidOutTree(List.copyOf(boxes), List.copyOf(edges), graph.getWidth(), graph.getHeight());
	}

	private static double[] polyline(ElkEdgeSection section) {
		List<ElkBendPoint> bends = section.getBendPoints();
		double[] points = new double[4 + 2 * bends.size()];
		int i = 0;
		points[i++] = section.getStartX();
		points[i++] = section.getStartY();
		for (ElkBendPoint bp : bends) {
			points[i++] = bp.getX();
			points[i++] = bp.getY();
		}
		points[i++] = section.getEndX();
		points[i] = section.getEndY();
		return points;
	}
}

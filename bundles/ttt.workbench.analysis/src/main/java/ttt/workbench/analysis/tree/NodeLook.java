package ttt.workbench.analysis.tree;

/**
 * How one node is drawn beyond its label: fill and border colours, a border style that carries meaning without colour
 * (dashed: orphan; thick: base), and the count of descendants hidden under it when its subtree is collapsed.
 */
public record NodeLook(Shade fill, Shade border, int borderWidth, boolean dashed, int hiddenDescendants) {

	NodeLook withHidden(int hidden) {
		return new NodeLook(fill, border, borderWidth, dashed, hidden);
	}
}

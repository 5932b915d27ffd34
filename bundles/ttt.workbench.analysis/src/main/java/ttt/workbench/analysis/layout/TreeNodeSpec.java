package ttt.workbench.analysis.layout;

/**
 * One node to lay out: its id, its parent's id ({@code null} for the tree's root), the text it shows and the size of
 * its box in pixels.
 */
public record TreeNodeSpec(String id, String parentId, String label, double width, double height) {
}

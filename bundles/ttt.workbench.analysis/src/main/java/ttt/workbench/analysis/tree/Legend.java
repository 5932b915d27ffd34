package ttt.workbench.analysis.tree;

import java.util.List;

/** What the colours of the current mode mean: a title, swatches with labels (in order), and a line on the text cue. */
public record Legend(String title, List<Entry> entries, String cue) {

	public record Entry(Shade shade, String label) {
	}
}

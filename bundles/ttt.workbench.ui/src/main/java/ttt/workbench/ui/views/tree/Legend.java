package ttt.workbench.ui.views.tree;

import java.util.List;

/** What the colours of the current mode mean: a title, swatches with labels (in order), and a line on the text cue. */
record Legend(String title, List<Entry> entries, String cue) {

	record Entry(Shade shade, String label) {
	}
}

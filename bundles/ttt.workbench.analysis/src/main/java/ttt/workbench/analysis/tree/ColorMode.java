package ttt.workbench.analysis.tree;

/** What the fill colour of a session node encodes; each mode also writes its value on the node (colour is never the only cue). */
public enum ColorMode {
	/** Hue of the lineage's root session, lighter with every fork below it (the user's brief's styling). */
	DEPTH("Lineage depth"),
	/** How recently the session ran (or was created, if it never ran): faded is old, warm is recent. */
	RECENCY("Recency"),
	/** Online learning of the newest run: green where updates beat the session's starting weights, red where they hurt. */
	IMPROVEMENT("Improvement");

	private final String label;

	ColorMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

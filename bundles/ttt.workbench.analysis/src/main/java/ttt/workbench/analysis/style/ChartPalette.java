package ttt.workbench.analysis.style;

import java.util.EnumMap;
import java.util.Map;

/**
 * The palettes a researcher can choose in Window ▸ Preferences ▸ TTT Workbench ▸ Chart palette. A palette gives every
 * role ({@link SeriesColor}) a colour and has an ordered list of colours for charts that show N comparable items (the
 * Compare view, the Experiment editor). {@link #WORKBENCH} is the look the workbench always had, so the default changes
 * nothing; the others replace the role colours wholesale so that "adaptive" stays one colour across every chart.
 * Colours are 0xRRGGBB so that the palette needs no SWT and can be tested headless.
 */
public enum ChartPalette {

	/** Today's colours: the roles as {@link SeriesColor} defines them, items in Okabe–Ito order. */
	WORKBENCH("Workbench (default)", roles(SeriesColor.values()), new int[] { 0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
			0xE69F00, 0x56B4E9, 0x000000, 0xF0E442 }),
	/**
	 * Okabe &amp; Ito (2008), "Color Universal Design": eight colours that stay apart for protanopes, deuteranopes and
	 * tritanopes. Roles are mapped so that the three MSE curves (base, session start, adaptive) are dark grey, blue and
	 * bluish green and the bands orange / sky blue / vermillion.
	 */
	COLOR_BLIND_SAFE("Colour-blind safe (Okabe–Ito)", okabeItoRoles(), new int[] { 0x0072B2, 0xE69F00, 0x009E73,
			0xD55E00, 0xCC79A7, 0x56B4E9, 0x000000, 0xF0E442 }),
	/** Dark, saturated colours for projectors and print: every colour has at least 4.5:1 contrast on white. */
	HIGH_CONTRAST("High contrast", highContrastRoles(), new int[] { 0x000000, 0x0000CC, 0xB00000, 0x006600, 0x7A00A8,
			0x8A4B00, 0x00607A, 0x5A5A5A });

	private final String label;
	private final Map<SeriesColor, Integer> roles;
	private final int[] items;

	ChartPalette(String label, Map<SeriesColor, Integer> roles, int[] items) {
		this.label = label;
		this.roles = roles;
		this.items = items;
	}

	/** The name shown in the preference page. */
	public String label() {
		return label;
	}

	/** The colour of a role (0xRRGGBB). */
	public int rgb(SeriesColor role) {
		return roles.get(role);
	}

	/** The colour of the i-th of N comparable items (0xRRGGBB); cycles after {@link #itemCount()}. */
	public int item(int index) {
		return items[Math.floorMod(index, items.length)];
	}

	/** How many item colours the palette has before it repeats. */
	public int itemCount() {
		return items.length;
	}

	/** The palette stored under {@code name} (an enum constant name); the default for an unknown or empty name. */
	public static ChartPalette named(String name) {
		for (ChartPalette p : values()) {
			if (p.name().equals(name)) {
				return p;
			}
		}
		return WORKBENCH;
	}

	private static Map<SeriesColor, Integer> roles(SeriesColor[] all) {
		Map<SeriesColor, Integer> m = new EnumMap<>(SeriesColor.class);
		for (SeriesColor c : all) {
			m.put(c, c.rgb());
		}
		return m;
	}

	private static Map<SeriesColor, Integer> okabeItoRoles() {
		Map<SeriesColor, Integer> m = roles(SeriesColor.values()); // update outcomes are already Okabe–Ito
		m.put(SeriesColor.BASE, 0x555555); // darker than the default grey: mid grey and bluish green merge for deuteranopes
		m.put(SeriesColor.SESSION_START, 0x0072B2);
		m.put(SeriesColor.ADAPTIVE, 0x009E73);
		m.put(SeriesColor.ROLLBACK, 0xD55E00);
		m.put(SeriesColor.PERSISTENT, 0xE69F00);
		m.put(SeriesColor.ONLINE, 0x56B4E9);
		m.put(SeriesColor.LOSS, 0xD55E00);
		return m;
	}

	private static Map<SeriesColor, Integer> highContrastRoles() {
		Map<SeriesColor, Integer> m = new EnumMap<>(SeriesColor.class);
		m.put(SeriesColor.BASE, 0x000000);
		m.put(SeriesColor.SESSION_START, 0x0000CC);
		m.put(SeriesColor.ADAPTIVE, 0x006600);
		m.put(SeriesColor.ROLLBACK, 0xB00000);
		m.put(SeriesColor.PERSISTENT, 0x8A4B00);
		m.put(SeriesColor.ONLINE, 0x00607A);
		m.put(SeriesColor.LOSS, 0xB00000);
		m.put(SeriesColor.COMMIT, 0x006600);
		m.put(SeriesColor.GRAD_NORM, 0xB00000);
		m.put(SeriesColor.LOSS_REGRESSION, 0x0000CC);
		m.put(SeriesColor.STATE_NORM, 0x7A00A8);
		m.put(SeriesColor.NON_FINITE, 0x000000);
		m.put(SeriesColor.UNKNOWN, 0x5A5A5A);
		return m;
	}
}

package ttt.workbench.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import ttt.workbench.store.model.Session;

/**
 * The lineage of a session as a breadcrumb, {@code base → root → … → parent → current}: every ancestor is a link
 * (mouse, or Tab and Enter) that tells the navigation listeners which session was chosen; the current session is
 * bold. When the width is short the middle collapses to "…" and the tooltip carries the whole path. A parent that
 * is missing from the store shows as "id (missing)", not as a link.
 */
public class LineageBreadcrumb extends Composite {

	private static final String ARROW = "  →  ";

	/** One element of the path: the base and missing parents have no session. */
	private record Crumb(String label, Session session) {
	}

	private final Link link;
	private final Label current;
	private final List<Consumer<Session>> listeners = new CopyOnWriteArrayList<>();
	private List<Crumb> path = List.of();

	public LineageBreadcrumb(Composite parent, int style) {
		super(parent, style);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 2;
		layout.horizontalSpacing = 0;
		setLayout(layout);
		link = new Link(this, SWT.NONE);
		link.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		current = new Label(this, SWT.NONE);
		current.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		current.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		link.addListener(SWT.Selection, e -> navigate(e.text));
		addListener(SWT.Resize, e -> fit());
		setSession(null);
	}

	/** Shows the lineage of {@code session} (null: a hint that nothing is selected). */
	public void setSession(Session session) {
		checkWidget();
		path = session == null ? List.of() : pathTo(session);
		String full = String.join(" → ", path.stream().map(Crumb::label).toList());
		setToolTipText(session == null ? null : "Lineage: " + full + "\nClick an ancestor (or Tab to it and press Enter) to select it");
		link.setToolTipText(getToolTipText());
		current.setToolTipText(getToolTipText());
		fit();
	}

	/** Called with the session whose link was activated. */
	public void addNavigationListener(Consumer<Session> listener) {
		listeners.add(listener);
	}

	public void removeNavigationListener(Consumer<Session> listener) {
		listeners.remove(listener);
	}

	/** The link text on screen (for tests): anchors for ancestors, "…" for a hidden middle. */
	public Link getLink() {
		return link;
	}

	/** The plain text on screen, e.g. "base → s1 → s1b". */
	public String getShownText() {
		String l = link.getText().replaceAll("<a href=\"[^\"]*\">", "").replace("</a>", "");
		return (l + current.getText()).replaceAll("\\s+", " ").replace("&&", "&").strip();
	}

	private static List<Crumb> pathTo(Session session) {
		List<Crumb> up = new ArrayList<>();
		Session s = session;
		for (int guard = 0; s != null && guard < 1_000_000; guard++) {
			up.add(new Crumb(s.getId(), s));
			if (s.getParent() == null && s.getParentId() != null) {
				up.add(new Crumb(s.getParentId() + " (missing)", null));
			}
			s = s.getParent();
		}
		up.add(new Crumb("base", null));
		return up.reversed();
	}

	private void fit() {
		if (isDisposed()) {
			return;
		}
		if (path.isEmpty()) {
			link.setText("");
			current.setText("No session selected");
			layout(true);
			return;
		}
		current.setText(escape(path.getLast().label()));
		int available = getClientArea().width - current.computeSize(SWT.DEFAULT, SWT.DEFAULT).x - 4;
		if (getClientArea().width == 0) {
			available = Integer.MAX_VALUE; // not laid out yet: the resize that follows fits it
		}
		// measured by the link itself, so anchors, spacing and the theme's padding are counted exactly
		List<Integer> shown = BreadcrumbTrail.fit(path.size(), indexes -> {
			link.setText(markup(indexes));
			return link.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		}, available);
		link.setText(markup(shown));
		if (available != Integer.MAX_VALUE) {
			shortenCurrent(getClientArea().width - link.computeSize(SWT.DEFAULT, SWT.DEFAULT).x - 4);
		}
		layout(true);
	}

	/** When even "base → … →" leaves too little room, the current id ends in "…" (the tooltip has it whole). */
	private void shortenCurrent(int room) {
		String label = path.getLast().label();
		GC gc = new GC(current);
		try {
			if (gc.textExtent(label).x <= room) {
				return;
			}
			int keep = label.length();
			while (keep > 1 && gc.textExtent(label.substring(0, keep) + "…").x > room) {
				keep--;
			}
			current.setText(escape(label.substring(0, keep) + "…"));
		} finally {
			gc.dispose();
		}
	}

	private String markup(List<Integer> indexes) {
		StringBuilder t = new StringBuilder();
		for (int i : indexes.subList(0, indexes.size() - 1)) {
			if (i == BreadcrumbTrail.ELLIPSIS) {
				t.append("…");
			} else if (path.get(i).session() == null) {
				t.append(escape(path.get(i).label()));
			} else {
				t.append("<a href=\"").append(i).append("\">").append(escape(path.get(i).label())).append("</a>");
			}
			t.append(ARROW);
		}
		return t.toString();
	}

	/** A literal '&' would become a mnemonic underline. */
	private static String escape(String s) {
		return s.replace("&", "&&");
	}

	private void navigate(String href) {
		try {
			Session target = path.get(Integer.parseInt(href)).session();
			if (target != null) {
				listeners.forEach(l -> l.accept(target));
			}
		} catch (NumberFormatException | IndexOutOfBoundsException e) {
			// not one of our anchors: nothing to do
		}
	}
}

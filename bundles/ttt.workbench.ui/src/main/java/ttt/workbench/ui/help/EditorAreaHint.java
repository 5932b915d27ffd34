package ttt.workbench.ui.help;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MArea;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.preferences.WorkbenchPreferences;

/**
 * A short hint in the middle of the editor area while no editor is open: how to open a session, and a link to the
 * getting-started guide. The 3.x API gives no access to the editor area's control, so the hint is a child of the
 * E4 model's editor stack (inside the shared editor area), shown only while that stack has no editor, and centred by
 * hand (a CTabFolder lays out only its tabs' controls).
 */
public final class EditorAreaHint implements IPartListener2 {

	/** The hint's widget name ({@link WidgetIds}): how tests find it. */
	public static final String WIDGET_ID = "editorAreaHint";
	/** The link target of "Hide this hint": turns the preference off, and the empty editor area goes. */
	static final String HIDE = "hide";
	static final String TEXT = "Double-click a session in the Session Tree to open it here.\n"
			+ "<a href=\"guide\">Getting started with TTT Workbench</a>  \u00b7  <a href=\"" + HIDE + "\">Hide this hint</a>";

	/** Space kept free on either side of the hint, in pixels. */
	private static final int MARGIN = 12;

	private final IWorkbenchWindow window;
	private Link link;

	private EditorAreaHint(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Shows the hint in {@code window} whenever its editor area is empty, for the life of the window. */
	public static void install(IWorkbenchWindow window) {
		EditorAreaHint hint = new EditorAreaHint(window);
		window.getPartService().addPartListener(hint);
		window.getShell().getDisplay().asyncExec(hint::update);
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		update();
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		// the closing editor is still counted now: look again once the platform has removed it
		if (!window.getShell().isDisposed()) {
			window.getShell().getDisplay().asyncExec(this::update);
		}
	}

	@Override
	public void partVisible(IWorkbenchPartReference ref) {
		update();
	}

	/** Creates, moves, shows or hides the hint to match the editor area now. */
	void update() {
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return;
		}
		Composite stack = editorStackControl();
		if (stack == null) {
			return;
		}
		if (link == null || link.isDisposed() || link.getParent() != stack) {
			if (link != null && !link.isDisposed()) {
				link.dispose();
			}
			link = createLink(stack);
		}
		IWorkbenchPage page = window.getActivePage();
		boolean empty = page != null && page.getEditorReferences().length == 0 && WorkbenchPreferences.editorAreaHint();
		link.setVisible(empty);
		if (empty) {
			link.moveAbove(null); // above the stack's own children (its toolbar, the editors' hidden controls)
			centre();
		}
	}

	private Link createLink(Composite stack) {
		Link created = new Link(stack, SWT.WRAP);
		WidgetIds.name(created, WIDGET_ID);
		created.setText(TEXT);
		created.setForeground(stack.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		created.setBackground(stack.getBackground());
		created.addListener(SWT.Selection, e -> {
			if (HIDE.equals(e.text)) {
				WorkbenchPreferences.store().setValue(WorkbenchPreferences.EDITOR_AREA_HINT, false);
			} else {
				GettingStarted.open(window);
			}
		});
		WorkbenchPreferences.onChange(created, this::update);
		stack.addListener(SWT.Resize, e -> centre());
		return created;
	}

	private void centre() {
		if (link == null || link.isDisposed()) {
			return;
		}
		Rectangle area = link.getParent().getClientArea();
		Point preferred = link.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		// a narrow editor area wraps the hint rather than cutting it off
		Point size = preferred.x <= area.width - 2 * MARGIN ? preferred
				: link.computeSize(Math.max(80, area.width - 2 * MARGIN), SWT.DEFAULT);
		link.setBounds(area.x + Math.max(0, (area.width - size.x) / 2), area.y + Math.max(0, (area.height - size.y) / 2),
				size.x, size.y);
	}

	/** The control of the first part stack of the shared editor area, or null before it is rendered. */
	private Composite editorStackControl() {
		MWindow model = window.getService(MWindow.class);
		EModelService models = window.getService(EModelService.class);
		if (model == null || models == null) {
			return null;
		}
		MUIElement area = models.find(IPageLayout.ID_EDITOR_AREA, model);
		if (area instanceof MPlaceholder placeholder) {
			area = placeholder.getRef();
		}
		if (!(area instanceof MArea editorArea)) {
			return null;
		}
		return models.findElements(editorArea, null, MPartStack.class).stream()
				.map(MUIElement::getWidget).filter(w -> w instanceof Composite c && !c.isDisposed())
				.map(Composite.class::cast).findFirst().orElse(null);
	}
}

package ttt.workbench.ui.editors.experiment;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.ui.editors.experiment.ExperimentContext.Change;

/**
 * A page of the Experiment editor: a form of {@link Part}s (PDE-style {@link SectionPart}s). The page passes the
 * editor's changes to its parts while it is the active page; otherwise it only marks them stale, and the managed form
 * refreshes them when the page is shown, so a brush drag repaints only what is on screen.
 */
abstract class ExperimentPage extends FormPage {

	protected final ExperimentContext editor;
	private final Consumer<Change> changeListener = this::changed;

	ExperimentPage(FormEditor formEditor, ExperimentContext editor, String id, String title) {
		super(formEditor, id, title);
		this.editor = editor;
	}

	@Override
	protected final void createFormContent(IManagedForm managed) {
		ScrolledForm form = managed.getForm();
		form.setText(title());
		managed.getToolkit().decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(body);
		createParts(managed, body);
		editor.addChangeListener(changeListener);
		for (var p : managed.getParts()) {
			if (p instanceof Part part) {
				part.changed(Change.EXPERIMENT);
			}
		}
	}

	/** The heading of the form. */
	protected abstract String title();

	protected abstract void createParts(IManagedForm managed, Composite body);

	private void changed(Change change) {
		IManagedForm managed = getManagedForm();
		if (managed == null || managed.getForm().isDisposed()) {
			return;
		}
		boolean shown = isActive();
		for (var p : managed.getParts()) {
			if (p instanceof Part part) {
				if (shown) {
					part.changed(change);
				} else {
					part.markStale();
				}
			}
		}
	}

	@Override
	public void dispose() {
		editor.removeChangeListener(changeListener);
		super.dispose();
	}

	/** A section of a page; {@link #changed} paints what the editor's state says. */
	abstract static class Part extends SectionPart {

		protected final ExperimentContext editor;

		Part(ExperimentContext editor, Composite parent, FormToolkit tk, String title, String description, boolean grab) {
			super(parent, tk, Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
			this.editor = editor;
			Section s = getSection();
			s.setText(title);
			if (description != null) {
				s.setDescription(description);
			}
			// a small preferred size: the form then fills the editor instead of growing with its content and scrolling
			GridDataFactory.fillDefaults().grab(true, grab).hint(300, grab ? 200 : SWT.DEFAULT).applyTo(s);
			Composite client = tk.createComposite(s);
			s.setClient(client);
			createClient(client, tk);
		}

		protected abstract void createClient(Composite client, FormToolkit tk);

		/** Show the editor's state; {@code change} says what changed since the last call. */
		protected abstract void changed(Change change);

		@Override
		public void refresh() {
			changed(Change.EXPERIMENT); // the page was shown after changes it did not follow
			super.refresh();
		}
	}
}

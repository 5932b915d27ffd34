package ttt.workbench.ui.editors.overview;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.editors.context.WidgetIds;

/**
 * The session's identity card: ids of the session, its parent and root, the base checkpoint hash and the model
 * signature (selectable, with Copy), the plasticity config, the optimizer variant and where a fork came from.
 */
final class IdentitySection extends SectionPart {

	private final FormToolkit toolkit;
	private final Composite body;
	private final Map<String, Text> values = new LinkedHashMap<>();
	private Session session;

	IdentitySection(FormToolkit toolkit, Composite parent) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		this.toolkit = toolkit;
		Section section = getSection();
		section.setText("Identity");
		section.setDescription("Where this session comes from and how it learns");
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body = toolkit.createComposite(section);
		GridLayout layout = new GridLayout(3, false);
		layout.verticalSpacing = 3;
		body.setLayout(layout);
		section.setClient(body);
		for (String key : new String[] { "Session", "Parent", "Root", "Base checkpoint", "Model signature", "Plasticity",
				"Optimizer", "Forked from run", "Fork note" }) {
			Label l = toolkit.createLabel(body, key + ":");
			l.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			Text t = WidgetIds.name(toolkit.createText(body, "", SWT.READ_ONLY | SWT.MULTI | SWT.WRAP), "overview.identity." + key);
			GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, key.equals("Model signature") ? 1 : 2, 1);
			gd.widthHint = 200;
			t.setLayoutData(gd);
			values.put(key, t);
			if (key.equals("Model signature")) {
				Button copy = toolkit.createButton(body, "Copy", SWT.PUSH);
				copy.setToolTipText("Copy the full model signature to the clipboard");
				copy.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
				copy.addListener(SWT.Selection, e -> {
					if (session != null && session.getModelSignature() != null) {
						Exports.copy(copy, session.getModelSignature());
					}
				});
			}
		}
	}

	void show(Session s) {
		session = s;
		set("Session", s.getId());
		set("Parent", s.getParentId() == null ? "— (made from the base)" : s.getParentId());
		set("Root", s.getRootId());
		set("Base checkpoint", s.getBaseCkptHash());
		set("Model signature", s.getModelSignature());
		values.get("Base checkpoint").setToolTipText("sha256 of base_checkpoint.pt");
		values.get("Model signature").setToolTipText("sha256 of model_cfg (sorted JSON) followed by the base checkpoint hash");
		set("Plasticity", plasticity(s.getPlasticityConfig()));
		set("Optimizer", s.getOptimizerVariant() == null ? "Muon (as the reference; variant not recorded)" : s.getOptimizerVariant());
		set("Forked from run", s.getForkedFromRunId() == null ? "— (the parent's latest state)" : s.getForkedFromRunId());
		set("Fork note", s.getForkNote() == null || s.getForkNote().isBlank() ? "—" : s.getForkNote());
		body.layout(true, true);
	}

	private void set(String key, String value) {
		values.get(key).setText(value == null ? "—" : value);
	}

	static String plasticity(PlasticityConfig p) {
		if (p == null) {
			return "—";
		}
		return String.format(Locale.ROOT, "lr %s · momentum %s%s · weight decay %s%nns_steps %d · adjust_lr %s · chunk %d · buffer %d%n"
				+ "rollback tol %s · grad-norm max %s · state-norm max %s", g(p.getLr()), g(p.getMomentum()),
				p.isNesterov() ? " (Nesterov)" : "", g(p.getWeightDecay()), p.getNsSteps(),
				p.getAdjustLrFn() == null ? "none" : p.getAdjustLrFn(), p.getChunk(), p.getBufferLen(), g(p.getRollbackTol()),
				g(p.getGradNormMax()), g(p.getStateNormMax()));
	}

	private static String g(double v) {
		return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+(e|$)", "$1").replace("e+0", "e").replace("e+", "e");
	}

	FormToolkit toolkit() {
		return toolkit;
	}
}

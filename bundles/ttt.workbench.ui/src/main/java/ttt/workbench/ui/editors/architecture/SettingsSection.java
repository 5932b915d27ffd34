package ttt.workbench.ui.editors.architecture;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Session;

/** The session's Muon settings and the gates an update must pass, each with what it means. */
final class SettingsSection extends TablePart {

	SettingsSection(Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, "Plasticity settings of this session",
				"Muon optimiser and the gates an update must pass to be committed (SPEC §3).", "architecture.settings", "Setting", "Value",
				"Meaning");
	}

	@Override
	protected void fill(ArchitectureInput in) {
		Session session = in.session();
		Base base = in.base();
		PlasticityConfig p = session.getPlasticityConfig();
		String variant;
		try {
			variant = OptimizerVariant.forSession(session.getOptimizerVariant(), base.getTorchVersion()).key();
		} catch (RuntimeException e) {
			variant = session.getOptimizerVariant() + " (unknown)";
		}
		String how = session.getOptimizerVariant() != null ? "recorded in the session's meta"
				: "implied by the base's torch " + base.getTorchVersion() + " (the reference recorded none)";
		row("optimizer variant", variant, how);
		if (p == null) {
			row("plasticity_cfg", "(missing)", "the session's meta.json has no plasticity_cfg");
			return;
		}
		row("lr", Numbers.short4(p.getLr()), "Muon learning rate");
		row("momentum", Numbers.short4(p.getMomentum()), "momentum of the update buffer");
		row("nesterov", Boolean.toString(p.isNesterov()), "Nesterov look-ahead");
		row("ns_steps", Integer.toString(p.getNsSteps()), "Newton–Schulz orthogonalisation steps");
		row("weight_decay", Numbers.short4(p.getWeightDecay()), "decoupled weight decay");
		row("adjust_lr_fn", p.getAdjustLrFn() == null ? "null" : p.getAdjustLrFn(), "learning-rate scaling by matrix shape");
		row("chunk", Integer.toString(p.getChunk()), "an update is attempted every chunk steps");
		row("buffer_len", Integer.toString(p.getBufferLen()), "transitions replayed for each update");
		row("rollback_tol", Numbers.short4(p.getRollbackTol()), "roll back when post_loss > pre_loss · (1 + tol)");
		row("grad_norm_max", Numbers.short4(p.getGradNormMax()), "roll back when the gradient norm exceeds it");
		row("state_norm_max", Numbers.short4(p.getStateNormMax()), "roll back when max ‖h‖₂ after the update exceeds it");
	}
}

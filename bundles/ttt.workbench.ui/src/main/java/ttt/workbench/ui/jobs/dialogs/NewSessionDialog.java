package ttt.workbench.ui.jobs.dialogs;

import java.util.function.Predicate;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ttt.workbench.engine.session.NewSession;
import ttt.workbench.ui.preferences.WorkbenchPreferences;

/** New Session: a root session from the base model, with the command line's defaults ({@code new_session}). */
public class NewSessionDialog extends ValidatingDialog {

	private final Predicate<String> exists;
	private Text id;
	private Text mu;
	private Combo envMode;
	private Text seed;
	private Text lr;
	private Text momentum;
	private Text chunk;
	private Text bufferLen;
	private NewSession.Request request;

	/** @param exists whether a session id is taken in the store */
	public NewSessionDialog(Shell parent, Predicate<String> exists) {
		super(parent, "New Session", "A root session that starts from the base model's weights with a fresh optimizer.", "&Create");
		this.exists = exists;
	}

	@Override
	protected void createFields(Composite body) {
		NewSessionForm d = NewSessionForm.defaults(WorkbenchPreferences.seed());
		id = text(body, "Session &id:", d.sessionId(), "Name of the session folder: no spaces, slashes or leading dot", 2);
		mu = text(body, "&μ (friction):", d.mu(), "Hidden friction of the environment; blank draws it uniformly in [0.02, 0.25] from the seed", 2);
		mu.setMessage("drawn from the seed");
		envMode = combo(body, "Friction &model:", new String[] { "linear", "nonlinear" }, d.envMode(),
				"Friction model of the session's environment: linear or nonlinear in the velocity (new_session --env_mode)");
		seed = text(body, "S&eed:", d.seed(), "Random seed (new_session --seed, default 1337): draws μ when it is blank", 2);
		lr = text(body, "&Learning rate:", d.lr(), "Muon learning rate of the online updates (--lr)", 2);
		momentum = text(body, "M&omentum:", d.momentum(), "Muon momentum, in [0, 1) (--momentum)", 2);
		chunk = text(body, "C&hunk:", d.chunk(), "Steps between update attempts (--chunk)", 2);
		bufferLen = text(body, "&Buffer length:", d.bufferLen(), "Transitions replayed per update (--buffer_len)", 2);
		id.setFocus();
	}

	public NewSessionForm form() {
		if (bufferLen == null || bufferLen.isDisposed()) {
			return NewSessionForm.defaults(WorkbenchPreferences.seed());
		}
		return new NewSessionForm(id.getText(), mu.getText(), envMode.getText(), seed.getText(), lr.getText(), momentum.getText(),
				chunk.getText(), bufferLen.getText());
	}

	@Override
	protected String problem() {
		return bufferLen == null ? null : form().validate(exists).problem();
	}

	@Override
	protected void accept() {
		request = form().validate(exists).request();
	}

	public NewSession.Request request() {
		return request;
	}
}

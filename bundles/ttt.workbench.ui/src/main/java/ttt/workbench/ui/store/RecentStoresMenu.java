package ttt.workbench.ui.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** File > Open Recent: one item per remembered store, numbered for keyboard access. */
public class RecentStoresMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<Path> recent = RecentStores.list();
		IContributionItem[] items = new IContributionItem[recent.size()];
		for (int i = 0; i < recent.size(); i++) {
			CommandContributionItemParameter p = new CommandContributionItemParameter(
					org.eclipse.ui.PlatformUI.getWorkbench(), "ttt.workbench.ui.recentStore." + i, OpenStoreHandler.COMMAND_ID,
					CommandContributionItem.STYLE_PUSH);
			p.label = "&" + (i + 1) + " " + recent.get(i);
			p.tooltip = "Open the artifact store " + recent.get(i);
			p.parameters = Map.of(OpenStoreHandler.PATH_PARAMETER, recent.get(i).toString());
			items[i] = new CommandContributionItem(p);
		}
		return items;
	}
}

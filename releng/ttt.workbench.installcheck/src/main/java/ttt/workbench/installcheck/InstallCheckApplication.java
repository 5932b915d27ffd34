package ttt.workbench.installcheck;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Checks, inside an installed Eclipse, that every bundle of a feature resolves and starts, prints one line per bundle
 * and exits non-zero when any does not. Arguments: {@code -checkFeature <id>} (the bundles listed in the installed
 * {@code features/<id>_<version>/feature.xml}) or {@code -checkBundles <id,id,...>} (not -feature: the launcher takes that one). The install test
 * (releng/ttt.workbench.installtest) runs it after installing the update site with the p2 director.
 */
public final class InstallCheckApplication implements IApplication {

	private static final Integer FAILED = 1;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
		try {
			String what;
			List<String> ids;
			String feature = argument(args, "-checkFeature");
			String list = argument(args, "-checkBundles");
			if (feature != null) {
				File installArea = InstalledFeatures.installArea(bundles);
				File featureXml = InstalledFeatures.featureXml(installArea, feature);
				what = "feature " + feature + " (" + featureXml + ")";
				ids = FeatureBundles.read(featureXml, bundles);
			} else if (list != null) {
				what = "bundles " + list;
				ids = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
			} else {
				System.out.println("install check: usage: -application ttt.workbench.installcheck.app -checkFeature <id> | -checkBundles <id,...>");
				return FAILED;
			}
			BundleCheck.Report report = new BundleCheck(bundles).check(ids);
			System.out.println("install check of " + what + ":");
			System.out.print(report.text());
			System.out.println(report.ok()
					? "install check PASSED: all " + ids.size() + " bundles resolved and started"
					: "install check FAILED: " + report.failures() + " of " + ids.size() + " bundles did not resolve or start");
			System.out.flush();
			return report.ok() ? EXIT_OK : FAILED;
		} catch (Exception e) {
			System.out.println("install check FAILED: " + e);
			System.out.flush();
			return FAILED;
		}
	}

	private static String argument(String[] args, String name) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return null;
	}

	@Override
	public void stop() {
		// runs to completion in a few seconds; nothing to interrupt
	}
}

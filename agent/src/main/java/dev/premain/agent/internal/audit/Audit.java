package dev.premain.agent.internal.audit;

import dev.premain.agent.internal.analysis.Analysis;
import dev.premain.agent.internal.analysis.AnalysisSettings;
import dev.premain.agent.internal.analysis.JarHashes;
import dev.premain.agent.internal.analysis.LoadingTypeOracle;
import dev.premain.agent.internal.analysis.Plan;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.discovery.ClassPathElements;
import dev.premain.agent.internal.discovery.Discovery;
import dev.premain.agent.internal.discovery.cache.ScanCache;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.options.AgentOptions;
import dev.premain.agent.internal.options.OptionsException;
import dev.premain.agent.internal.options.OptionsParser;
import dev.premain.agent.internal.problem.ExitStatus;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The audit: scan, validate, check trust and plan a class path, then print the plan. Runs no user code. */
public final class Audit {
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar premain-agent.jar audit --class-path PATH [--json] [--options OPTIONS]",
            "Prints every @Ctor and @Dtor in plan order and every section with its contributions, each with the",
            "jar or directory it comes from, without running or initializing any class.",
            "  --class-path PATH   the application's class path, entries separated by '" + java.io.File.pathSeparator
                    + "'; DIR/* stands for every jar in DIR, as for java",
            "  --json              print JSON instead of text",
            "  --options OPTIONS   agent options that shape the plan, e.g. packages=com.acme,trust=com.acme",
            "  --help              print this and exit",
            "Exit status: 0 if the plan has no errors, 65 if it has, 64 for a usage error.",
            "See also: java -jar premain-agent.jar index --help (the build-time class-path index).");

    private Audit() {
    }

    /**
     * Runs the audit.
     *
     * @param args the command line
     * @param out where the plan goes
     * @param err where usage errors go
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")
                || (args.length == 2 && args[0].equals("audit") && args[1].equals("--help"))) {
            out.println(USAGE);
            out.flush();
            return ExitStatus.OK;
        }
        AuditRequest request;
        AgentOptions options;
        try {
            request = AuditRequest.parse(args);
            options = new OptionsParser().apply(request.options(), "--options").options();
        } catch (OptionsException e) {
            err.println("premain: error: " + e.getMessage());
            err.println(USAGE);
            return ExitStatus.BAD_OPTIONS;
        }
        AuditReport report = plan(request.classPath(), options);
        out.print(request.json() ? AuditRenderer.json(report) : AuditRenderer.text(report));
        out.flush();
        for (Problem problem : report.problems()) {
            if (problem.isError()) {
                return ExitStatus.INVALID;
            }
        }
        return ExitStatus.OK;
    }

    private static AuditReport plan(String classPath, AgentOptions options) {
        Set<Path> elements = new LinkedHashSet<>(ClassPathElements.expand(ClassPathElements.parse(
                ClassPathWildcards.expand(classPath))));
        Problems problems = new Problems();
        Declarations declared = new Discovery(options.index(), ScanCache.OFF, options.packages(), problems)
                .discover(new ArrayList<>(elements));
        // Why a loader of our own: types are checked by loading classes WITHOUT initializing them.
        try (URLClassLoader loader = new URLClassLoader(urls(elements), Audit.class.getClassLoader())) {
            LoadingTypeOracle classes = new LoadingTypeOracle(loader);
            Analysis analysis = Analysis.of(declared, new AnalysisSettings(options.trust(), options.shuffleSeed()),
                    classes, classes);
            for (Problem problem : analysis.problems()) {
                problems.add(problem);
            }
            return new AuditReport(analysis.plan(), problems.all(), LaunchChecks.of(analysis.plan()),
                    pins(analysis.plan()), ClassPathOverlaps.of(new ArrayList<>(elements)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Internal error closing the audit class loader, please report.", e);
        }
    }

    /** Every jar the plan takes code or items from, with its SHA-256, for {@code trust=sha256:} pins. */
    private static Map<String, String> pins(Plan plan) {
        Set<String> locations = new LinkedHashSet<>();
        for (DeclaredMethod ctor : plan.ctors()) {
            locations.add(ctor.location());
        }
        for (DeclaredMethod dtor : plan.dtors()) {
            locations.add(dtor.location());
        }
        for (SectionPlan section : plan.sections()) {
            locations.add(section.section().location());
            for (DeclaredContribution item : section.items()) {
                locations.add(item.location());
            }
        }
        JarHashes hashes = new JarHashes();
        Map<String, String> pins = new LinkedHashMap<>();
        for (String location : locations) {
            pins.put(location, hashes.sha256(location));
        }
        return pins;
    }

    private static URL[] urls(Set<Path> elements) {
        List<URL> urls = new ArrayList<>();
        for (Path element : elements) {
            try {
                urls.add(element.toUri().toURL());
            } catch (MalformedURLException e) {
                // A path that is no URL cannot hold classes either; the scan already warned about it.
            }
        }
        return urls.toArray(URL[]::new);
    }
}

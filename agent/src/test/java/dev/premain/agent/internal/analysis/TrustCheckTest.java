package dev.premain.agent.internal.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.options.TrustPolicy;
import dev.premain.agent.internal.problem.Problem;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Untrusted ctors, dtors and contributions are dropped (enforce) or kept with a warning (warn), before loading. */
public class TrustCheckTest {
    private static final String ACME_JAR = "/app/lib/acme-1.0.jar";
    private static final String EVIL_JAR = "/app/lib/evil.jar";
    private static final List<String> TRUSTED = List.of("com.acme", "acme-*.jar");

    private static final DeclaredMethod OWN_CTOR = method("com.acme.Db", "init", EVIL_JAR);
    private static final DeclaredMethod JAR_CTOR = method("org.other.Setup", "init", ACME_JAR);
    private static final DeclaredMethod EVIL_CTOR = method("com.evil.Hook", "init", EVIL_JAR);
    private static final DeclaredMethod EVIL_DTOR = method("com.evil.Hook", "close", EVIL_JAR);
    private static final DeclaredSection SECTION = new DeclaredSection("com.evil.Registry", "ALL", 24,
            "dev.premain.ImmutableSection", "java.lang.Object", EVIL_JAR);
    private static final DeclaredContribution OWN_ITEM = new DeclaredContribution("com.acme.Commands", "com.acme.List",
            null, MemberKind.CLASS, Modifier.PUBLIC, "com.acme.List", false, null, ACME_JAR);
    private static final DeclaredContribution EVIL_FIELD = new DeclaredContribution("com.acme.Commands",
            "com.evil.Cmds", "RM", MemberKind.FIELD, 24, "java.lang.Object", false, null, EVIL_JAR);
    private static final DeclaredContribution EVIL_METHOD = new DeclaredContribution("com.acme.Commands",
            "com.evil.Cmds", "make", MemberKind.METHOD, 8, "java.lang.Object", false, null, EVIL_JAR);
    private static final DeclaredContribution EVIL_CLASS = new DeclaredContribution("com.acme.Commands",
            "com.evil.Plugin", null, MemberKind.CLASS, Modifier.PUBLIC, "com.evil.Plugin", false, null, "/app/classes");
    private static final Problem WARNING = Problem.warning("Class-path entry 'x.jar' does not exist.");
    private static final Declarations SCAN = new Declarations(List.of(OWN_CTOR, EVIL_CTOR, JAR_CTOR), List.of(EVIL_DTOR),
            List.of(SECTION), List.of(EVIL_FIELD, OWN_ITEM, EVIL_METHOD, EVIL_CLASS));

    @Test
    public void withoutATrustListEverythingPassesUntouched() {
        TrustCheck check = new TrustCheck(TrustPolicy.EVERYONE);

        assertSame(SCAN, check.filter(SCAN));
        assertEquals(List.of(), check.problems());
    }

    @Test
    public void enforceDropsTheUntrustedWithOneErrorEach() {
        TrustCheck check = new TrustCheck(new TrustPolicy(TRUSTED, false));

        Declarations kept = check.filter(SCAN);

        assertEquals(new Declarations(List.of(OWN_CTOR, JAR_CTOR), List.of(), List.of(SECTION), List.of(OWN_ITEM)), kept);
        assertEquals(List.of(
                Problem.error("@Ctor method 'com.evil.Hook.init' (in /app/lib/evil.jar) is not trusted: neither its"
                        + " package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme, acme-*.jar). It"
                        + " will not run. To allow it, add 'com.evil' or 'evil.jar' to the trust option."),
                Problem.error("@Dtor method 'com.evil.Hook.close' (in /app/lib/evil.jar) is not trusted: neither its"
                        + " package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme, acme-*.jar). It"
                        + " will not run. To allow it, add 'com.evil' or 'evil.jar' to the trust option."),
                Problem.error("@Contribute field 'com.evil.Cmds.RM' (in /app/lib/evil.jar) is not trusted: neither"
                        + " its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is not added to section 'com.acme.Commands'. To allow it, add 'com.evil'"
                        + " or 'evil.jar' to the trust option."),
                Problem.error("@Contribute method 'com.evil.Cmds.make' (in /app/lib/evil.jar) is not trusted:"
                        + " neither its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is not added to section 'com.acme.Commands'. To allow it, add 'com.evil'"
                        + " or 'evil.jar' to the trust option."),
                Problem.error("@Contribute class 'com.evil.Plugin' (in /app/classes) is not trusted: neither its"
                        + " package 'com.evil' nor its jar 'classes' is on the trust list (com.acme, acme-*.jar). It"
                        + " is not added to section 'com.acme.Commands'. To allow it, add 'com.evil' or 'classes' to"
                        + " the trust option.")), check.problems());
    }

    @Test
    public void warnKeepsTheUntrustedWithOneWarningEach() {
        TrustCheck check = new TrustCheck(new TrustPolicy(TRUSTED, true));

        Declarations kept = check.filter(SCAN);

        assertEquals(SCAN, kept);
        assertEquals(List.of(
                Problem.warning("@Ctor method 'com.evil.Hook.init' (in /app/lib/evil.jar) is not trusted: neither its"
                        + " package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme, acme-*.jar). It"
                        + " is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or 'evil.jar' to the"
                        + " trust option."),
                Problem.warning("@Dtor method 'com.evil.Hook.close' (in /app/lib/evil.jar) is not trusted: neither"
                        + " its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or"
                        + " 'evil.jar' to the trust option."),
                Problem.warning("@Contribute field 'com.evil.Cmds.RM' (in /app/lib/evil.jar) is not trusted: neither"
                        + " its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or"
                        + " 'evil.jar' to the trust option."),
                Problem.warning("@Contribute method 'com.evil.Cmds.make' (in /app/lib/evil.jar) is not trusted:"
                        + " neither its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or"
                        + " 'evil.jar' to the trust option."),
                Problem.warning("@Contribute class 'com.evil.Plugin' (in /app/classes) is not trusted: neither its"
                        + " package 'com.evil' nor its jar 'classes' is on the trust list (com.acme, acme-*.jar). It"
                        + " is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or 'classes' to the trust"
                        + " option.")), check.problems());
    }

    @Test
    public void aClassInTheDefaultPackageIsNamedAsSuch() {
        TrustCheck check = new TrustCheck(new TrustPolicy(List.of("com.acme"), false));

        check.filter(new Declarations(List.of(method("Main", "init", "/app/app.jar")), List.of(), List.of(), List.of()));

        assertEquals(List.of(Problem.error("@Ctor method 'Main.init' (in /app/app.jar) is not trusted: neither the"
                + " default package nor its jar 'app.jar' is on the trust list (com.acme). It will not run. To allow"
                + " it, add 'app.jar' to the trust option.")), check.problems());
    }

    private static DeclaredMethod method(String className, String method, String location) {
        return new DeclaredMethod(className, method, "()V", 8, 0, List.of(), location);
    }
}

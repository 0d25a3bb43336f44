package dev.premain.agent.internal.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.model.Declarations;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredMethod;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.options.TrustPolicy;
import dev.premain.agent.internal.problem.Problems;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Untrusted ctors, dtors and contributions are dropped (enforce) or kept with a warning (warn), before loading. */
public class TrustCheckTest {
    private final Problems problems = new Problems();
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
    private static final Declarations SCAN = new Declarations(List.of(OWN_CTOR, EVIL_CTOR, JAR_CTOR), List.of(EVIL_DTOR),
            List.of(SECTION), List.of(EVIL_FIELD, OWN_ITEM, EVIL_METHOD, EVIL_CLASS));

    @Test
    public void withoutATrustListEverythingPassesUntouched() {
        TrustCheck check = new TrustCheck(TrustPolicy.EVERYONE, problems);

        assertSame(SCAN, check.filter(SCAN));
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void enforceDropsTheUntrustedWithOneErrorEach() {
        TrustCheck check = new TrustCheck(new TrustPolicy(TRUSTED, false), problems);

        Declarations kept = check.filter(SCAN);

        assertEquals(new Declarations(List.of(OWN_CTOR, JAR_CTOR), List.of(), List.of(SECTION), List.of(OWN_ITEM)), kept);
        assertEquals(List.of(
                Reported.error("@Ctor method 'com.evil.Hook.init' is not trusted (in /app/lib/evil.jar). Neither its"
                        + " package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme, acme-*.jar). It"
                        + " will not run. To allow it, add 'com.evil' or 'evil.jar' to the trust option."),
                Reported.error("@Dtor method 'com.evil.Hook.close' is not trusted (in /app/lib/evil.jar). Neither its"
                        + " package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme, acme-*.jar). It"
                        + " will not run. To allow it, add 'com.evil' or 'evil.jar' to the trust option."),
                Reported.error("@Contribute field 'com.evil.Cmds.RM' is not trusted (in /app/lib/evil.jar). Neither"
                        + " its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is not added to section 'com.acme.Commands'. To allow it, add 'com.evil'"
                        + " or 'evil.jar' to the trust option."),
                Reported.error("@Contribute method 'com.evil.Cmds.make' is not trusted (in /app/lib/evil.jar). "
                        + "Neither its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is not added to section 'com.acme.Commands'. To allow it, add 'com.evil'"
                        + " or 'evil.jar' to the trust option."),
                Reported.error("@Contribute class 'com.evil.Plugin' is not trusted (in /app/classes). Neither its"
                        + " package 'com.evil' nor its jar 'classes' is on the trust list (com.acme, acme-*.jar). It"
                        + " is not added to section 'com.acme.Commands'. To allow it, add 'com.evil' or 'classes' to"
                        + " the trust option.")), Reported.of(problems.all()));
    }

    @Test
    public void warnKeepsTheUntrustedWithOneWarningEach() {
        TrustCheck check = new TrustCheck(new TrustPolicy(TRUSTED, true), problems);

        Declarations kept = check.filter(SCAN);

        assertEquals(SCAN, kept);
        assertEquals(List.of(
                Reported.warning("@Ctor method 'com.evil.Hook.init' is not trusted (in /app/lib/evil.jar). Neither its"
                        + " package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme, acme-*.jar). It"
                        + " is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or 'evil.jar' to the"
                        + " trust option."),
                Reported.warning("@Dtor method 'com.evil.Hook.close' is not trusted (in /app/lib/evil.jar). Neither"
                        + " its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or"
                        + " 'evil.jar' to the trust option."),
                Reported.warning("@Contribute field 'com.evil.Cmds.RM' is not trusted (in /app/lib/evil.jar). Neither"
                        + " its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or"
                        + " 'evil.jar' to the trust option."),
                Reported.warning("@Contribute method 'com.evil.Cmds.make' is not trusted (in /app/lib/evil.jar). "
                        + "Neither its package 'com.evil' nor its jar 'evil.jar' is on the trust list (com.acme,"
                        + " acme-*.jar). It is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or"
                        + " 'evil.jar' to the trust option."),
                Reported.warning("@Contribute class 'com.evil.Plugin' is not trusted (in /app/classes). Neither its"
                        + " package 'com.evil' nor its jar 'classes' is on the trust list (com.acme, acme-*.jar). It"
                        + " is allowed anyway (trust-mode=warn). To allow it, add 'com.evil' or 'classes' to the trust"
                        + " option.")), Reported.of(problems.all()));
    }

    @Test
    public void aClassInTheDefaultPackageIsNamedAsSuch() {
        TrustCheck check = new TrustCheck(new TrustPolicy(List.of("com.acme"), false), problems);

        check.filter(new Declarations(List.of(method("Main", "init", "/app/app.jar")), List.of(), List.of(), List.of()));

        assertEquals(List.of(Reported.error("@Ctor method 'Main.init' is not trusted (in /app/app.jar). Neither the"
                + " default package nor its jar 'app.jar' is on the trust list (com.acme). It will not run. To allow"
                + " it, add 'app.jar' to the trust option.")), Reported.of(problems.all()));
    }

    private static DeclaredMethod method(String className, String method, String location) {
        return new DeclaredMethod(className, method, "()V", 8, 0, List.of(), location);
    }
}

package dev.premain.agent.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.acme.fixtures.ThrowSites;
import com.acme.fixtures.UserCode;
import dev.premain.agent.internal.HidingClassLoader;
import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.Scans;
import dev.premain.agent.internal.fixtures.BrokenContributor;
import dev.premain.agent.internal.fixtures.ConstantHolder;
import dev.premain.agent.internal.fixtures.Contributors;
import dev.premain.agent.internal.fixtures.InitLog;
import dev.premain.agent.internal.fixtures.Missing;
import dev.premain.agent.internal.fixtures.NeedsMissing;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Turns contributions into items by reflection, and every way that can fail into one diagnostic. */
public class ContributionResolverTest {
    private static final String NL = System.lineSeparator();
    private static final String SECTION = "com.acme.Greetings";
    private static final String CONTRIBUTORS = Contributors.class.getName();

    private final Problems problems = new Problems();
    private final ContributionResolver resolver = new ContributionResolver(ClassAccess.of(getClass().getClassLoader()),
            problems);

    @Test
    public void fieldValueIsTheItemPrivateFieldsIncluded() {
        assertEquals("from a field", resolve(Scans.field(SECTION, CONTRIBUTORS, "FIELD", "java.lang.String")));
        assertEquals("from a private field", resolve(Scans.field(SECTION, CONTRIBUTORS, "HIDDEN", "java.lang.String")));
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void factoryResultIsTheItem() {
        assertEquals("from a factory", resolve(Scans.factory(SECTION, CONTRIBUTORS, "factory", "java.lang.String")));
        assertEquals(List.of(), problems.all());
    }

    @Test
    public void classContributionIsANewInstanceEachTime() {
        DeclaredContribution plugin = Scans.type(SECTION, Contributors.Plugin.class.getName());

        Object first = resolve(plugin);

        assertInstanceOf(Contributors.Plugin.class, first);
        assertInstanceOf(Contributors.Plugin.class, resolve(plugin));
        assertNotSame(first, resolve(plugin));
    }

    @Test
    public void constantIsTakenFromTheScanWithoutInitializingItsClass() {
        DeclaredContribution constant = Scans.constant(SECTION, ConstantHolder.class.getName(), "NAME", "constant");

        assertEquals("constant", resolve(constant));
        assertFalse(InitLog.CLASSES.contains("ConstantHolder"), InitLog.CLASSES.toString());
        assertEquals(7, resolve(Scans.constant(SECTION, "com.acme.NotEvenOnTheClassPath", "SEVEN", 7)));
    }

    @Test
    public void nullFieldIsReported() {
        assertNull(resolve(Scans.field(SECTION, CONTRIBUTORS, "NOTHING", "java.lang.String")));

        assertEquals(Reported.error("@Contribute field 'dev.premain.agent.internal.fixtures.Contributors.NOTHING'"
                + " yields null (in lib/acme-1.0.jar). Sections hold no nulls, so it is not added to section"
                + " 'com.acme.Greetings'. Contribute a non-null value."), Reported.of(last()));
    }

    @Test
    public void nullFactoryResultIsReported() {
        assertNull(resolve(Scans.factory(SECTION, CONTRIBUTORS, "nothing", "java.lang.String")));

        assertEquals(Reported.error("@Contribute method 'dev.premain.agent.internal.fixtures.Contributors.nothing'"
                + " yields null (in lib/acme-1.0.jar). Sections hold no nulls, so it is not added to section"
                + " 'com.acme.Greetings'. Contribute a non-null value."), Reported.of(last()));
    }

    @Test
    public void throwingFactoryIsReported() {
        assertNull(resolve(Scans.factory(SECTION, CONTRIBUTORS, "failing", "java.lang.String")));

        assertEquals(Reported.error("@Contribute method 'dev.premain.agent.internal.fixtures.Contributors.failing'"
                + " could not be created (in lib/acme-1.0.jar): it threw java.lang.IllegalStateException: factory"
                + " failed" + NL + "    It is not added to section 'com.acme.Greetings'. Fix the code that produces"
                + " it."),
                Reported.of(last()));
    }

    @Test
    public void throwingUserFactoryShowsItsFrame() {
        assertNull(resolve(Scans.factory(SECTION, UserCode.class.getName(), "factory", "java.lang.String")));

        assertEquals(Reported.error("@Contribute method 'com.acme.fixtures.UserCode.factory' could not be created"
                + " (in lib/acme-1.0.jar): it threw java.lang.UnsupportedOperationException: no factory today" + NL
                + "        at com.acme.fixtures.UserCode.factory(UserCode.java:" + ThrowSites.line("UserCode.factory")
                + ")" + NL + "    It is not added to section 'com.acme.Greetings'. Fix the code that produces it."),
                Reported.of(last()));
    }

    @Test
    public void throwingConstructorIsReported() {
        assertNull(resolve(Scans.type(SECTION, Contributors.FailingPlugin.class.getName())));

        assertEquals(Reported.error("@Contribute class 'dev.premain.agent.internal.fixtures.Contributors$FailingPlugin'"
                + " could not be created (in lib/acme-1.0.jar): it threw java.lang.UnsupportedOperationException:"
                + " plugin refused" + NL + "    It is not added to section 'com.acme.Greetings'. Fix the code that"
                + " produces it."), Reported.of(last()));
    }

    @Test
    public void throwingStaticInitializerIsReported() {
        assertNull(resolve(Scans.field(SECTION, BrokenContributor.class.getName(), "VALUE", "java.lang.String")));

        assertEquals(Reported.error("@Contribute field 'dev.premain.agent.internal.fixtures.BrokenContributor.VALUE'"
                + " could not be created (in lib/acme-1.0.jar): its class's static initializer threw"
                + " java.lang.IllegalStateException: init failed" + NL + "    It is not added to section"
                + " 'com.acme.Greetings'. Fix the static initializer of"
                + " 'dev.premain.agent.internal.fixtures.BrokenContributor'."), Reported.of(last()));
    }

    @Test
    public void missingDependencyClassIsReported() {
        HidingClassLoader loader = new HidingClassLoader(Set.of(NeedsMissing.class.getName()),
                Set.of(Missing.class.getName()));
        ContributionResolver hiding = new ContributionResolver(ClassAccess.of(loader), problems);

        assertNull(hiding.resolve(Scans.field(SECTION, NeedsMissing.class.getName(), "VALUE", "java.lang.Object")));

        assertEquals(Reported.error("@Contribute field 'dev.premain.agent.internal.fixtures.NeedsMissing.VALUE' could"
                + " not be created (in lib/acme-1.0.jar): it needs class 'dev.premain.agent.internal.fixtures.Missing',"
                + " which is not on the class path" + NL + "    It is not added to section 'com.acme.Greetings'. Add"
                + " the jar that provides it to the class path."), Reported.of(last()));
    }

    @Test
    public void missingMemberIsReported() {
        assertNull(resolve(Scans.field(SECTION, CONTRIBUTORS, "GONE", "java.lang.String")));

        assertEquals(Reported.error("@Contribute field 'dev.premain.agent.internal.fixtures.Contributors.GONE' could not"
                + " be created (in lib/acme-1.0.jar): it threw java.lang.NoSuchFieldException: GONE" + NL
                + "    It is not added to section 'com.acme.Greetings'. Fix the code that produces it."),
                Reported.of(last()));
    }

    private Object resolve(DeclaredContribution item) {
        return resolver.resolve(item);
    }

    private Problem last() {
        List<Problem> all = problems.all();
        return all.get(all.size() - 1);
    }
}

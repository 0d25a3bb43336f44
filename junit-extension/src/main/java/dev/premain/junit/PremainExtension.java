package dev.premain.junit;

import dev.premain.Premain;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * A JUnit Jupiter extension that bootstraps Premain once per test JVM, before the first test class
 * that uses it runs: every {@code @Ctor} has run and every section is sealed when its tests start.
 *
 * <p>Add three test dependencies; {@code premain-agent} is the runtime that does the work:
 * <pre>&lt;dependency&gt;
 *   &lt;groupId&gt;dev.premain&lt;/groupId&gt;
 *   &lt;artifactId&gt;premain-api&lt;/artifactId&gt;
 *   &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 * &lt;/dependency&gt;
 * &lt;dependency&gt;
 *   &lt;groupId&gt;dev.premain&lt;/groupId&gt;
 *   &lt;artifactId&gt;premain-agent&lt;/artifactId&gt;
 *   &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 *   &lt;scope&gt;test&lt;/scope&gt;
 * &lt;/dependency&gt;
 * &lt;dependency&gt;
 *   &lt;groupId&gt;dev.premain&lt;/groupId&gt;
 *   &lt;artifactId&gt;premain-junit&lt;/artifactId&gt;
 *   &lt;version&gt;0.1.0-SNAPSHOT&lt;/version&gt;
 *   &lt;scope&gt;test&lt;/scope&gt;
 * &lt;/dependency&gt;</pre>
 * Then register the extension on each test class that reads sections or relies on ctors:
 * <pre>&#64;ExtendWith(PremainExtension.class)
 * class CommandsTest {
 *     &#64;Test
 *     void listIsRegistered() {
 *         assertEquals("list", Commands.ALL.lookup("list").name());
 *     }
 * }</pre>
 * or for every test class at once, through JUnit's automatic registration: set
 * {@code junit.jupiter.extensions.autodetection.enabled=true} (a system property, or a line in
 * {@code src/test/resources/junit-platform.properties}); the extension is provided as a service.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>If the agent is attached to the test JVM (for example {@code -javaagent:premain-agent.jar} in
 *       Surefire's {@code argLine}), the JVM was bootstrapped before {@code main} and the extension
 *       does nothing.
 *   <li>Otherwise the first test class calls {@link Premain#bootstrap()}; ctors run on that test
 *       class's thread, once. Test classes that start concurrently wait until it has finished.
 *   <li>If the bootstrap fails, that test class fails with a message that says why (Premain's full
 *       report is on stderr), and so does every later test class that uses the extension, at once,
 *       without a second attempt.
 * </ul>
 *
 * <p>Non-guarantees: the extension never attaches the agent dynamically (that prints JEP 451
 * warnings on JDK 21 and later, and pre-main work cannot happen after main). It bootstraps before
 * a test instance is constructed too, so {@code @TestInstance(PER_CLASS)} constructors and field
 * initializers see linked sections; static initializers that run during test discovery, before any
 * extension, do not. Attach the agent if such code reads sections.
 *
 * @since 0.1
 */
public final class PremainExtension implements BeforeAllCallback, TestInstancePreConstructCallback {
    // Why static: JUnit creates an extension instance per registration, but ctors run once per JVM.
    private static final BootstrapHolder JVM = new BootstrapHolder(Premain::isBootstrapped, Premain::bootstrap);

    /** Creates the extension; JUnit calls this, for {@code @ExtendWith} and for automatic registration. */
    public PremainExtension() {
    }

    /**
     * Bootstraps this JVM unless that was done before, by the agent or by an earlier test class.
     *
     * @param context the test class's context
     * @throws IllegalStateException if the bootstrap failed, now or for an earlier test class
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        JVM.ensureBootstrapped(context.getRequiredTestClass().getName());
    }

    /**
     * Bootstraps before a test instance is constructed, so that field initializers of
     * {@code @TestInstance(PER_CLASS)} test classes, which JUnit creates before any before-all
     * callback, already see linked sections.
     *
     * @param factoryContext the instance's factory context
     * @param context the test's context
     * @throws IllegalStateException if the bootstrap failed, now or for an earlier test class
     */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        JVM.ensureBootstrapped(factoryContext.getTestClass().getName());
    }
}

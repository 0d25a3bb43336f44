package dev.premain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that Premain runs once at JVM shutdown, the shutdown analogue of {@link Ctor}.
 *
 * <p>Same shape rules as {@link Ctor}: {@code static}, {@code void}, no parameters. Dtors are
 * planned exactly like ctors (priority, {@link #after()}, then class and method name) and run in
 * the <em>reverse</em> of that plan order, one at a time, on one shutdown-hook thread. A dtor that
 * throws is reported on stderr and the remaining dtors still run.
 *
 * <p>Non-guarantees: dtors do not run when the JVM is halted ({@code Runtime.halt}, a crash, or
 * {@code SIGKILL}), as with any shutdown hook.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Dtor {
    /**
     * The priority in plan order: lower values are planned first and therefore run <em>last</em>.
     *
     * @return the priority, {@link Ctor#DEFAULT_PRIORITY} unless set
     */
    int priority() default Ctor.DEFAULT_PRIORITY;

    /**
     * Classes whose dtors are planned before this one, so this one runs before theirs at shutdown.
     *
     * @return the classes this dtor is planned after; empty by default
     */
    Class<?>[] after() default {};
}

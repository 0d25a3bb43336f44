package dev.premain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that Premain runs once, before {@code main}, on the thread that runs {@code main}.
 *
 * <p>The method must be {@code static}, return {@code void} and take no parameters; any visibility
 * is allowed, {@code private} included. Every section is complete before the first ctor runs, and
 * ctors may mutate {@link MutableSection}s; all sections are sealed after the last ctor.
 *
 * <p>Order is total and deterministic: lower {@link #priority()} first; then {@link #after()} edges;
 * then ties by class name, then method name. Class-path order and jar order never matter.
 *
 * <p>Guarantees: each ctor runs at most once per JVM, even if the agent is attached twice or the
 * in-process bootstrap is called as well; ctors run one at a time. Non-guarantees: ctors that start
 * threads get no ordering for those threads; a ctor that throws stops the launch (the default
 * {@code on-error=fail}).
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Ctor {
    /** The default priority, in the middle of the {@code int} range so there is room on both sides. */
    int DEFAULT_PRIORITY = 0;

    /**
     * The priority: lower values run first.
     *
     * @return the priority, {@link #DEFAULT_PRIORITY} unless set
     */
    int priority() default DEFAULT_PRIORITY;

    /**
     * Classes whose ctors must have run before this one (within the same priority or earlier).
     *
     * @return the classes this ctor runs after; empty by default
     */
    Class<?>[] after() default {};
}

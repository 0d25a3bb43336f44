package dev.premain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a section: a {@code static final} field whose type is one of the section types.
 *
 * <p>The class that declares the field <em>is</em> the section's identity: contributions name it
 * with a class literal ({@code @Contribute(Commands.class)}), so renaming or moving it is a
 * refactoring the compiler checks, never a string that a typo breaks silently. A class declares at
 * most one section.
 *
 * <pre>public final class Commands {
 *     &#64;Section
 *     public static final ImmutableSection&lt;Command&gt; ALL = ImmutableSection.of(Command.class);
 * }</pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Section {
}

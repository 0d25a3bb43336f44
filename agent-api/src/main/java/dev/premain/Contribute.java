package dev.premain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Contributes an item to the section declared in {@link #value()}.
 *
 * <p>Three kinds of contribution, each checked against the section's element type:
 * <ul>
 *   <li>a {@code static final} field: its value is the item. A compile-time constant
 *       ({@code String} or primitive) is read from the class file, so its class is never
 *       initialized;</li>
 *   <li>a {@code static} method with no parameters: its return value is the item (a factory);</li>
 *   <li>a class with a no-argument constructor: a new instance is the item.</li>
 * </ul>
 * Items are ordered by contributing class name, then member name (a class contribution sorts
 * before its members); that order never depends on the class path.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface Contribute {
    /**
     * The class that declares the target section with {@link Section}.
     *
     * @return the section's declaring class
     */
    Class<?> value();
}

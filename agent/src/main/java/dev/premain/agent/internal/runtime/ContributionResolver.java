package dev.premain.agent.internal.runtime;

import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.problem.Failure;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.ProblemCode;
import dev.premain.agent.internal.problem.Problems;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Turns one contribution into its item: a constant, a field's value, a factory's result, an instance. */
public final class ContributionResolver {
    private final ClassAccess access;
    private final Problems problems;

    public ContributionResolver(ClassAccess access, Problems problems) {
        this.access = access;
        this.problems = problems;
    }

    /** The item, or {@code null} after reporting why there is none. */
    public Object resolve(DeclaredContribution item) {
        if (item.constant() != null) {
            return item.constant(); // Why: read from the class file, so the class stays uninitialized.
        }
        try {
            Object value = produce(item);
            if (value == null) {
                problems.add(Problem.error(ProblemCode.ITEM_NULL, item.subject(), "yields null", item.location(),
                        "Sections hold no nulls, so it is not added to section '" + item.section() + "'.",
                        "Contribute a non-null value."));
            }
            return value;
        } catch (ExceptionInInitializerError e) {
            problems.add(failed(item, "its class's static initializer threw " + Failure.describe(e),
                    "Fix the static initializer of '" + item.className() + "'."));
        } catch (NoClassDefFoundError e) {
            problems.add(missingClass(item, e));
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            // Why Error too: an Error thrown by a static initializer reaches us unwrapped.
            problems.add(failed(item, "it threw " + Failure.describe(e), "Fix the code that produces it."));
        }
        return null;
    }

    private static Problem missingClass(DeclaredContribution item, NoClassDefFoundError e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Could not initialize class ")) {
            return failed(item, "the static initializer of '" + message.substring("Could not initialize class ".length())
                    + "' failed earlier (see above)", "Fix that static initializer.");
        }
        return failed(item, "it needs class '" + message.replace('/', '.') + "', which is not on the class path",
                "Add the jar that provides it to the class path.");
    }

    private Object produce(DeclaredContribution item) throws ReflectiveOperationException {
        Class<?> owner = access.initialized(item.className());
        switch (item.kind()) {
            case FIELD:
                Field field = owner.getDeclaredField(item.memberName());
                field.setAccessible(true);
                return field.get(null);
            case METHOD:
                Method factory = owner.getDeclaredMethod(item.memberName());
                factory.setAccessible(true);
                return factory.invoke(null);
            default:
                Constructor<?> constructor = owner.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
        }
    }

    private static Problem failed(DeclaredContribution item, String reason, String fix) {
        return Problem.error(ProblemCode.ITEM_FAILED, item.subject(), "could not be created", item.location(),
                "It is not added to section '" + item.section() + "'.", fix).causedBy(reason);
    }
}

package dev.premain.agent.internal.runtime;

import java.lang.reflect.Method;

/**
 * The JVM's own arguments (what {@code RuntimeMXBean.getInputArguments()} gives), read from
 * {@code jdk.internal.misc.VM} without loading the management classes that bean needs.
 */
public final class JvmArguments {
    private JvmArguments() {
    }

    /**
     * @param opener opens {@code jdk.internal.misc} to the agent, if it has an instrumentation
     * @return the arguments, or {@code null} when they cannot be read here (the in-process route)
     */
    public static String[] read(ModuleOpener opener) {
        try {
            Class<?> vm = Class.forName("jdk.internal.misc.VM"); // Why by name: a JDK class, loaded at boot.
            if (!opener.openToAgent(vm)) {
                return null;
            }
            Method arguments = vm.getMethod("getRuntimeArguments");
            arguments.setAccessible(true);
            return (String[]) arguments.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}

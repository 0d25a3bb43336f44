package dev.premain.agent.internal.discovery;

import java.util.List;

/** Which classes may contribute: never the API or the agent itself, and only listed packages if any. */
public final class Scope {
    private final List<String> packages;

    /** @param packages packages to keep, with their subpackages; empty keeps every package */
    public Scope(List<String> packages) {
        this.packages = packages;
    }

    public boolean isRestricted() {
        return !packages.isEmpty();
    }

    public boolean contains(String className) {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        if (pkg.equals("dev.premain") || pkg.equals("dev.premain.agent") || pkg.startsWith("dev.premain.agent.")) {
            return false; // Why: the API and the agent itself never contribute.
        }
        if (packages.isEmpty()) {
            return true;
        }
        for (String allowed : packages) {
            if (pkg.equals(allowed) || pkg.startsWith(allowed + ".")) {
                return true;
            }
        }
        return false;
    }
}

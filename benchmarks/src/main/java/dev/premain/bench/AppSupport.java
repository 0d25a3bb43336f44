package dev.premain.bench;

/** The fixed sources of the generated app: its item types, its counter and its three main classes. */
final class AppSupport {
    /** Pairs of (simple name in package {@code app}, source). */
    static final String[][] TYPES = {
        {"Item", """
            package app;

            /** A section item with a name and a rank; ordered by rank, then name. */
            public record Item(String name, int rank) implements Comparable<Item> {
                @Override
                public int compareTo(Item other) {
                    int byRank = Integer.compare(rank, other.rank);
                    return byRank != 0 ? byRank : name.compareTo(other.name);
                }
            }
            """},
        {"Handler", """
            package app;

            /** A class contribution's type. */
            public interface Handler {
                String name();
            }
            """},
        {"Contributor", """
            package app;

            /** The ServiceLoader variant's provider type: run() is the ctor, getAsInt() its priority. */
            public interface Contributor extends Runnable, java.util.function.IntSupplier {
            }
            """},
        {"Counter", """
            package app;

            /** Counts ctor runs and checks that priorities never decrease. */
            public final class Counter {
                private static int ran;
                private static int last = Integer.MIN_VALUE;
                private static boolean ordered = true;

                private Counter() {
                }

                public static void ran(int priority) {
                    ordered &= priority >= last;
                    last = priority;
                    ran++;
                }

                public static int count() {
                    return ran;
                }

                public static boolean ordered() {
                    return ordered;
                }
            }
            """},
        {"Hello", """
            package app;

            /** The bare-JVM baseline. */
            public final class Hello {
                public static void main(String[] args) {
                    System.out.println("hello");
                }
            }
            """},
        {"Main", """
            package app;

            import app.sections.*;

            /** Prints what ran before main, so every variant's output can be checked before it is timed. */
            public final class Main {
                public static void main(String[] args) {
                    // Why StringBuilder, not +: indy string concatenation would add its bootstrap to every variant.
                    System.out.println(new StringBuilder("ctors=").append(Counter.count()).append(" ordered=")
                            .append(Counter.ordered()).append(" items=").append(items()).toString());
                }

                private static String items() {
                    try {
                        return Integer.toString(Names.ALL.size() + Codes.ALL.size() + Tags.ALL.size()
                                + Numbers.ALL.size() + Items.ALL.size() + ItemsByName.ALL.size()
                                + Factories.ALL.size() + Ranked.ALL.size() + Handlers.ALL.size()
                                + Plugins.ALL.size());
                    } catch (IllegalStateException e) {
                        return "unlinked"; // Without Premain (or the full reference agent) no section is linked.
                    }
                }
            }
            """},
        {"ServiceMain", """
            package app;

            import java.util.ArrayList;
            import java.util.Comparator;
            import java.util.List;
            import java.util.ServiceLoader;

            /** The ServiceLoader variant: main loads the 100 providers, orders them by priority, runs them. */
            public final class ServiceMain {
                public static void main(String[] args) {
                    List<Contributor> all = new ArrayList<>();
                    for (Contributor c : ServiceLoader.load(Contributor.class)) {
                        all.add(c);
                    }
                    all.sort(new ByPriority());
                    for (Contributor c : all) {
                        c.run();
                    }
                    Main.main(args);
                }

                private static final class ByPriority implements Comparator<Contributor> {
                    @Override
                    public int compare(Contributor a, Contributor b) {
                        return Integer.compare(a.getAsInt(), b.getAsInt());
                    }
                }
            }
            """},
    };

    private AppSupport() {
    }
}

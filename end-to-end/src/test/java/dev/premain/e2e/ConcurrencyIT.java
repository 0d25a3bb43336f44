package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** After seal, many threads read every section kind at once and see identical contents; writes throw. */
class ConcurrencyIT {

    @Test
    void sealedSectionsAreReadConsistentlyFromManyThreadsAndRefuseWrites() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            items.append(" @Contribute(Pool.class) @SuppressWarnings(\"unused\") static final String S").append(i)
                    .append(" = \"item-").append(1000 + (i * 7919) % 1000).append("\";");
        }
        Path jar = new FixtureJar()
                .source("conc.Pool", "package conc; import dev.premain.*; public final class Pool {"
                        + " @Section public static final MutableSection<String> ALL = MutableSection.of(String.class);"
                        + items + " @Ctor static void sort() { ALL.sort(null); } }")
                .source("conc.Main", "package conc; import java.util.*; import java.util.concurrent.*;"
                        + " public final class Main { public static void main(String[] a) throws Exception {"
                        + "  List<String> expected = new ArrayList<>(Pool.ALL.asList());"
                        + "  ExecutorService pool = Executors.newFixedThreadPool(8);"
                        + "  List<Future<String>> results = new ArrayList<>();"
                        + "  for (int t = 0; t < 8; t++) { results.add(pool.submit(() -> {"
                        + "   for (int round = 0; round < 2000; round++) {"
                        + "    int n = Pool.ALL.size(); if (n != 200) return \"size \" + n;"
                        + "    for (int i = 0; i < n; i++) if (!Pool.ALL.get(i).equals(expected.get(i))) return \"item \" + i;"
                        + "   }"
                        + "   try { Pool.ALL.remove(0); return \"write accepted\"; }"
                        + "   catch (IllegalStateException e) { return \"ok: \" + e.getMessage(); } })); }"
                        + "  Set<String> outcomes = new TreeSet<>();"
                        + "  for (Future<String> f : results) outcomes.add(f.get());"
                        + "  pool.shutdown();"
                        + "  System.out.println(\"sorted=\" + expected.equals(new ArrayList<>(new TreeSet<>(expected))));"
                        + "  outcomes.forEach(System.out::println); } }")
                .writeTo(Jars.WORK.resolve("concurrency/app.jar"));
        ChildJvm.Result result = new ChildJvm().agent("cache=off").classPath(jar).args("conc.Main").run();
        assertEquals(new ChildJvm.Result(0, "sorted=true\nok: Section 'conc.Pool' is sealed: it cannot change after"
                + " main starts. Mutate it from a @Ctor method instead.\n", ""), result, result::toString);
    }
}

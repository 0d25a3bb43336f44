package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A million items in one section and ten thousand ctors, through the real agent (SPEC §6 scale). */
class ScaleIT {

    @Test
    void millionItemsAndTenThousandCtors() throws Exception {
        Path generated = ScaleFixture.write(Jars.WORK.resolve("scale/generated.jar"), 1000, 1000, 100, 100);
        Path app = new FixtureJar()
                .source("scale.Big", "package scale; import dev.premain.*; public final class Big {"
                        + " @Section public static final SortedSection<Integer> ALL = SortedSection.of(Integer.class); }")
                .source("scale.Main", "package scale; public final class Main { static int ran;"
                        + " public static void ran() { ran++; }"
                        + " public static void main(String[] a) { var all = Big.ALL; long sum = 0;"
                        + "  for (int v : all) sum += v;"
                        + "  System.out.println(\"items \" + all.size() + \" sum \" + sum + \" ctors \" + ran"
                        + "   + \" search(765432)=\" + all.binarySearch(765432)); } }")
                .writeTo(Jars.WORK.resolve("scale/app.jar"));
        ChildJvm.Result result = new ChildJvm().args("-Xmx2g").agent(null).classPath(app, generated)
                .args("scale.Main").run();
        assertEquals(new ChildJvm.Result(0, "items 1000000 sum 499999500000 ctors 10000 search(765432)=765432\n", ""),
                result, result::toString);
    }
}

package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sorted, map and set sections, and constants read without initializing their classes. */
class SectionKindsIT {
    private static Path jar;

    @BeforeAll
    static void buildFixture() throws Exception {
        jar = new FixtureJar()
                .source("kinds.Sections", "package kinds; import dev.premain.*; public final class Sections {"
                        + " public static final class Sorted { @Section public static final SortedSection<Integer> ALL ="
                        + "  SortedSection.of(Integer.class); }"
                        + " public static final class ByLength { @Section public static final SortedSection<String> ALL ="
                        + "  SortedSection.of(String.class, java.util.Comparator.comparingInt(String::length)); }"
                        + " public static final class Map { @Section public static final MapSection<String, String> ALL ="
                        + "  MapSection.of(String.class, s -> s.substring(0, 1)); }"
                        + " public static final class Set { @Section public static final SetSection<String> ALL ="
                        + "  SetSection.of(String.class); }"
                        + " public static final class Empty { @Section public static final SetSection<String> ALL ="
                        + "  SetSection.of(String.class); } }")
                .source("kinds.Constants", "package kinds; import dev.premain.*; public final class Constants {"
                        + " static { System.out.println(\"Constants initialized\"); }"
                        + " @Contribute(Sections.Sorted.class) static final int THIRTY = 30;"
                        + " @Contribute(Sections.Sorted.class) static final int TEN = 10;"
                        + " @Contribute(Sections.Sorted.class) static final int TWENTY = 20;"
                        + " @Contribute(Sections.ByLength.class) static final String LONGEST = \"ccc\";"
                        + " @Contribute(Sections.ByLength.class) static final String SHORT = \"a\";"
                        + " @Contribute(Sections.ByLength.class) static final String MEDIUM = \"bb\";"
                        + " @Contribute(Sections.Map.class) static final String APPLE = \"apple\";"
                        + " @Contribute(Sections.Map.class) static final String BANANA = \"banana\";"
                        + " @Contribute(Sections.Set.class) static final String RED = \"red\";"
                        + " @Contribute(Sections.Set.class) static final String BLUE = \"blue\"; }")
                .source("kinds.Main", "package kinds; public final class Main { public static void main(String[] a) {"
                        + " var sorted = Sections.Sorted.ALL; var byLength = Sections.ByLength.ALL;"
                        + " System.out.println(\"sorted \" + sorted.asList() + \" search(20)=\" + sorted.binarySearch(20)"
                        + "  + \" search(15)=\" + sorted.binarySearch(15) + \" indexOf(30)=\" + sorted.indexOf(30));"
                        + " System.out.println(\"byLength \" + byLength.asList() + \" find(xx)=\" + byLength.find(\"xx\").orElse(\"-\"));"
                        + " var map = Sections.Map.ALL;"
                        + " System.out.println(\"map keys \" + map.keys() + \" get(b)=\" + map.lookup(\"b\")"
                        + "  + \" containsKey(c)=\" + map.containsKey(\"c\") + \" values \" + map.stream().toList());"
                        + " var set = Sections.Set.ALL;"
                        + " System.out.println(\"set \" + set.asList() + \" contains(red)=\" + set.contains(\"red\")"
                        + "  + \" contains(green)=\" + set.contains(\"green\") + \" index(red)=\" + set.indexOf(\"red\"));"
                        + " System.out.println(\"empty size=\" + Sections.Empty.ALL.size()"
                        + "  + \" iterates=\" + Sections.Empty.ALL.iterator().hasNext()); } }")
                .writeTo(Jars.WORK.resolve("kinds/kinds.jar"));
    }

    @Test
    void everyKindIsFilledOrderedAndSearchableWithoutInitializingConstantClasses() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null).classPath(jar).args("kinds.Main").run();
        assertEquals(new ChildJvm.Result(0, String.join("\n",
                "sorted [10, 20, 30] search(20)=1 search(15)=-2 indexOf(30)=2",
                "byLength [a, bb, ccc] find(xx)=bb",
                "map keys [a, b] get(b)=banana containsKey(c)=false values [apple, banana]",
                "set [blue, red] contains(red)=true contains(green)=false index(red)=1",
                "empty size=0 iterates=false",
                ""), ""), result, result::toString);
    }
}

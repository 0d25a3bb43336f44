package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Premain's phases and ctors appear in the user's own flight recording, with when they really ran;
 * a JVM without a recording loads nothing of JFR.
 */
class FlightRecordingIT {
    private static final Path DIR = Jars.WORK.resolve("jfr");
    private static final String OUT = "ctor jfr.Slow\nctor jfr.Fast\nmain ran\n";
    private static Path app;

    @BeforeAll
    static void buildFixture() throws Exception {
        app = new FixtureJar().indexed("jfr-app")
                .source("jfr.Slow", "package jfr; public final class Slow { @dev.premain.Ctor(priority = -1) static void"
                        + " init() throws Exception { Thread.sleep(30); System.out.println(\"ctor jfr.Slow\"); } }")
                .source("jfr.Fast", "package jfr; public final class Fast { @dev.premain.Ctor static void init() {"
                        + " System.out.println(\"ctor jfr.Fast\"); } }")
                .source("jfr.Main", "package jfr; public final class Main { public static void main(String[] a) {"
                        + " System.out.println(\"main ran\"); } }")
                .writeTo(DIR.resolve("app.jar"));
    }

    @Test
    void phasesAndCtorsAreEventsInTheUsersRecording() throws Exception {
        Path recording = DIR.resolve("startup.jfr");
        Files.deleteIfExists(recording);
        long before = System.currentTimeMillis();

        ChildJvm.Result result = new ChildJvm().args("-XX:StartFlightRecording=filename=" + recording,
                "-Xlog:jfr+startup=off")
                .agent("cache=off").classPath(app).args("jfr.Main").run();

        assertEquals(0, result.status(), result::toString);
        assertEquals(OUT, result.out());
        List<RecordedEvent> phases = new ArrayList<>();
        List<RecordedEvent> ctors = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String name = event.getEventType().getName();
            if (name.equals("dev.premain.Phase")) {
                phases.add(event);
            } else if (name.equals("dev.premain.Ctor")) {
                ctors.add(event);
            }
        }
        assertEquals(List.of("scan", "analyze", "link", "ctors", "seal"), phases.stream()
                .map(e -> e.getString("phase")).toList());
        assertEquals(new TreeSet<>(List.of("jfr.Fast.init", "jfr.Slow.init")), new TreeSet<>(ctors.stream()
                .map(e -> e.getString("ctor")).toList()));
        for (RecordedEvent ctor : ctors) {
            assertEquals(app.toString(), ctor.getString("location"));
            assertTrue(ctor.getInstant("started").toEpochMilli() >= before, ctor::toString);
        }
        RecordedEvent slow = ctors.stream().filter(e -> e.getString("ctor").equals("jfr.Slow.init")).findFirst()
                .orElseThrow();
        assertTrue(slow.getDuration("took").toMillis() >= 30, slow::toString);
        assertEquals("Premain", phases.get(0).getEventType().getCategoryNames().get(0));
    }

    @Test
    void withoutARecordingNothingOfJfrIsLoaded() throws Exception {
        Path log = DIR.resolve("classes.log");

        ChildJvm.Result result = new ChildJvm().args("-Xlog:class+load=info:file=" + log).agent("cache=off")
                .classPath(app).args("jfr.Main").run();

        assertEquals(new ChildJvm.Result(0, OUT, ""), result);
        assertEquals(List.of(), Files.readAllLines(log).stream()
                .filter(l -> l.contains("] jdk.jfr.") || l.contains("StartupEvents") || l.contains("PhaseEvent")
                        || l.contains("CtorEvent")).toList());
    }
}

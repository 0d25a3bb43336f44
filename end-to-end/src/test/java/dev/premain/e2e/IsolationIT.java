package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent next to an application that brings its own, other versions of the libraries the agent
 * shades (ClassGraph, SLF4J) and of ByteBuddy and ASM: the application runs unchanged, sees only its own
 * copies, and its logging is not started before {@code main}. The versions are copied by
 * end-to-end/pom.xml into {@code premain.isolation.libs}.
 */
class IsolationIT {
    private static final Path LIBS = Paths.get(System.getProperty("premain.isolation.libs", "isolation-libs"));
    private static final Path DIR = Jars.WORK.resolve("isolation");
    /** A class-path entry that does not exist, so that the agent prints through its own SLF4J. */
    private static final Path MISSING = DIR.resolve("does-not-exist.jar");
    private static final String WARNING = "premain: warning: Class-path entry '$WORK/isolation/does-not-exist.jar'"
            + " does not exist. Nothing is scanned from it. Fix the class path if it should contribute.\n";
    private static final String SHADED_SLF4J = "dev.premain.agent.internal.shaded.org.slf4j.";

    /** Prints where classes and resources come from: the jar's file name, never a path. */
    private static final String ORIGINS = """
            package where;
            import java.net.URL;
            import java.util.ArrayList;
            import java.util.Collections;
            import java.util.List;
            public final class Origins {
                public static void print(String... names) throws Exception {
                    for (String name : names) {
                        if (name.contains("/")) {
                            List<String> jars = new ArrayList<>();
                            for (URL url : Collections.list(ClassLoader.getSystemClassLoader().getResources(name))) {
                                jars.add(jar(url.getPath()));
                            }
                            System.out.println(name + " in " + jars);
                        } else {
                            Class<?> type = Class.forName(name);
                            System.out.println(name + " from "
                                    + jar(type.getProtectionDomain().getCodeSource().getLocation().getPath()));
                        }
                    }
                }
                private static String jar(String path) {
                    String file = path.contains("!") ? path.substring(0, path.indexOf('!')) : path;
                    return file.substring(file.lastIndexOf('/') + 1);
                }
            }
            """;

    @Test
    void applicationWithItsOwnClassGraphByteBuddyAsmAndSlf4j17RunsUnchanged() throws Exception {
        Path[] libs = {lib("classgraph-4.8.165.jar"), lib("byte-buddy-1.14.18.jar"), lib("asm-9.5.jar"),
                lib("slf4j-api-1.7.36.jar"), lib("slf4j-simple-1.7.36.jar")};
        Path app = librariesApp(libs);
        String[] jvm = {"-Dorg.slf4j.simpleLogger.logFile=System.out", "-cp", withMissingEntry(classPath(app, libs))};
        ChildJvm.Result without = new ChildJvm().args(jvm).args("iso.Main").run();
        assertEquals(new ChildJvm.Result(0, String.join("\n",
                "ClassGraph 4.8.165",
                "ByteBuddy made iso.Made",
                "ASM 9 read iso/Main",
                "[main] INFO iso.Main - SLF4J 1.7 logs through org.slf4j.impl.SimpleLoggerFactory",
                "io.github.classgraph.ClassGraph from classgraph-4.8.165.jar",
                "nonapi.io.github.classgraph.utils.VersionFinder from classgraph-4.8.165.jar",
                "net.bytebuddy.ByteBuddy from byte-buddy-1.14.18.jar",
                "org.objectweb.asm.Opcodes from asm-9.5.jar",
                "org.slf4j.LoggerFactory from slf4j-api-1.7.36.jar",
                "io/github/classgraph/ClassGraph.class in [classgraph-4.8.165.jar]",
                "nonapi/io/github/classgraph/utils/VersionFinder.class in [classgraph-4.8.165.jar]",
                "org/slf4j/LoggerFactory.class in [slf4j-api-1.7.36.jar]",
                "org/slf4j/spi/SLF4JServiceProvider.class in []",
                "META-INF/services/org.slf4j.spi.SLF4JServiceProvider in []",
                ""), ""), without, without::toString);
        ChildJvm.Result with = new ChildJvm().agent(null).args(jvm).args("iso.Main").run();
        assertEquals(new ChildJvm.Result(0, "ctor sees ClassGraph 4.8.165\n" + without.out(), WARNING), with,
                with::toString);
    }

    @Test
    void applicationsLogbackIsNotStartedBeforeMainEvenWhenItNamesItsProvider() throws Exception {
        Path[] libs = logbackLibs();
        Path app = logbackApp("logback", "System.out.println(\"ctor ran\");", libs);
        Path classLoads = DIR.resolve("logback-classes.log");
        // Why -Dslf4j.provider: SLF4J 2 honours it in every LoggerFactory, relocated or not; the agent's
        // diagnostics must not load the application's Logback through it (nor print SLF4J's lines about it).
        String[] jvm = {"-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider",
            "-cp", withMissingEntry(classPath(app, libs))};
        ChildJvm.Result without = new ChildJvm().args(jvm).args("logs.Main").run();
        assertEquals(new ChildJvm.Result(0, logbackOut(),
                "SLF4J(I): Attempting to load provider \"ch.qos.logback.classic.spi.LogbackServiceProvider\""
                        + " specified via \"slf4j.provider\" system property\n"), without, without::toString);
        ChildJvm.Result with = new ChildJvm().args("-Xlog:class+load:file=" + classLoads).agent(null).args(jvm)
                .args("logs.Main").run();
        assertEquals(new ChildJvm.Result(0, "ctor ran\n" + without.out(), WARNING + without.err()), with,
                with::toString);
        List<String> beforeMain = loadedBeforeMain(classLoads);
        assertEquals(List.of(), applicationLogging(beforeMain));
        assertTrue(beforeMain.contains(SHADED_SLF4J + "Logger"), "the warning went through the agent's own SLF4J");
    }

    @Test
    void quietSuccessfulStartLoadsNoLoggingClassAtAll() throws Exception {
        Path[] libs = logbackLibs();
        Path app = logbackApp("logback", "System.out.println(\"ctor ran\");", libs);
        Path classLoads = DIR.resolve("quiet-classes.log");
        // Why no -Dslf4j.provider here: the application's SLF4J 2 then looks up providers with ServiceLoader,
        // and would print "multiple SLF4J providers" if the agent's registration were not relocated.
        ChildJvm.Result with = new ChildJvm().args("-Xlog:class+load:file=" + classLoads).agent(null)
                .args("-cp", classPath(app, libs), "logs.Main").run();
        assertEquals(new ChildJvm.Result(0, "ctor ran\n" + logbackOut(), ""), with, with::toString);
        List<String> beforeMain = loadedBeforeMain(classLoads);
        assertEquals(List.of(), applicationLogging(beforeMain));
        assertEquals(List.of(), beforeMain.stream().filter(name -> name.startsWith(SHADED_SLF4J)).toList());
    }

    @Test
    void classLoadCheckSeesLoggingThatStartsBeforeMain() throws Exception {
        // Why: proves the check above can fail. A contributor may start logging; Premain never does.
        Path[] libs = logbackLibs();
        Path app = logbackApp("logback-in-ctor", "org.slf4j.LoggerFactory.getLogger(\"ctor\").info(\"ctor ran\");",
                libs);
        Path classLoads = DIR.resolve("ctor-logs-classes.log");
        ChildJvm.Result with = new ChildJvm().args("-Xlog:class+load:file=" + classLoads).agent(null)
                .args("-cp", withMissingEntry(classPath(app, libs)), "logs.Main").run();
        assertEquals(new ChildJvm.Result(0, "INFO ctor - ctor ran\n" + logbackOut(), WARNING), with, with::toString);
        assertTrue(applicationLogging(loadedBeforeMain(classLoads)).contains("ch.qos.logback.classic.LoggerContext"));
    }

    private static Path librariesApp(Path... libs) throws IOException {
        return new FixtureJar().uses(libs).source("where.Origins", ORIGINS)
                .source("iso.Setup", """
                        package iso;
                        public final class Setup {
                            @dev.premain.Ctor
                            static void init() {
                                String version = io.github.classgraph.ClassGraph.getVersion();
                                System.out.println("ctor sees ClassGraph " + version);
                            }
                        }
                        """)
                .source("iso.Main", """
                        package iso;
                        public final class Main {
                            public static void main(String[] args) throws Exception {
                                System.out.println("ClassGraph " + io.github.classgraph.ClassGraph.getVersion());
                                Class<?> made = new net.bytebuddy.ByteBuddy().subclass(Object.class).name("iso.Made")
                                        .make().load(Main.class.getClassLoader()).getLoaded();
                                System.out.println("ByteBuddy made " + made.getName());
                                System.out.println("ASM " + (org.objectweb.asm.Opcodes.ASM9 >> 16) + " read "
                                        + new org.objectweb.asm.ClassReader("iso.Main").getClassName());
                                org.slf4j.LoggerFactory.getLogger(Main.class).info("SLF4J 1.7 logs through {}",
                                        org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
                                where.Origins.print("io.github.classgraph.ClassGraph",
                                        "nonapi.io.github.classgraph.utils.VersionFinder", "net.bytebuddy.ByteBuddy",
                                        "org.objectweb.asm.Opcodes", "org.slf4j.LoggerFactory",
                                        "io/github/classgraph/ClassGraph.class",
                                        "nonapi/io/github/classgraph/utils/VersionFinder.class",
                                        "org/slf4j/LoggerFactory.class", "org/slf4j/spi/SLF4JServiceProvider.class",
                                        "META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
                            }
                        }
                        """)
                .writeTo(DIR.resolve("libraries.jar"));
    }

    private static Path[] logbackLibs() {
        return new Path[] {lib("slf4j-api-2.0.17.jar"), lib("logback-classic-1.5.18.jar"),
            lib("logback-core-1.5.18.jar")};
    }

    /** An application that configures Logback (logback.xml) and logs in main; {@code ctor} is its @Ctor's body. */
    private static Path logbackApp(String name, String ctor, Path... libs) throws IOException {
        return new FixtureJar().uses(libs).source("where.Origins", ORIGINS)
                .resource("logback.xml", """
                        <configuration>
                          <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                            <encoder><pattern>%level %logger - %msg%n</pattern></encoder>
                          </appender>
                          <root level="INFO"><appender-ref ref="OUT"/></root>
                        </configuration>
                        """)
                .source("logs.MainStarted", """
                        package logs;
                        /** Loaded by main's first line: what the class-load log shows before it came before main. */
                        final class MainStarted {
                            static void mark() {
                            }
                        }
                        """)
                .source("logs.Setup", "package logs; public final class Setup {"
                        + " @dev.premain.Ctor static void init() { " + ctor + " } }")
                .source("logs.Main", """
                        package logs;
                        public final class Main {
                            public static void main(String[] args) throws Exception {
                                MainStarted.mark();
                                org.slf4j.LoggerFactory.getLogger(Main.class).info("logging starts in main");
                                System.out.println("SLF4J 2 logs through "
                                        + org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
                                where.Origins.print("org.slf4j.LoggerFactory",
                                        "org/slf4j/spi/SLF4JServiceProvider.class",
                                        "META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
                            }
                        }
                        """)
                .writeTo(DIR.resolve(name + ".jar"));
    }

    private static String logbackOut() {
        return String.join("\n",
                "INFO logs.Main - logging starts in main",
                "SLF4J 2 logs through ch.qos.logback.classic.LoggerContext",
                "org.slf4j.LoggerFactory from slf4j-api-2.0.17.jar",
                "org/slf4j/spi/SLF4JServiceProvider.class in [slf4j-api-2.0.17.jar]",
                "META-INF/services/org.slf4j.spi.SLF4JServiceProvider in [logback-classic-1.5.18.jar]",
                "");
    }

    /** The application jar, premain-api (the application's, as always), then its libraries. */
    private static String classPath(Path app, Path... libs) {
        List<String> entries = new ArrayList<>(List.of(app.toString(), Jars.API.toString()));
        for (Path lib : libs) {
            entries.add(lib.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Appends the entry that does not exist: the JVM ignores it, the agent warns about it. */
    private static String withMissingEntry(String classPath) {
        return classPath + File.pathSeparator + MISSING;
    }

    private static Path lib(String jar) {
        Path path = LIBS.resolve(jar).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing; run the tests with Maven (maven-dependency-plugin"
                    + " copies it in pre-integration-test), and keep end-to-end/pom.xml's versions in step with"
                    + " this test.");
        }
        return path;
    }

    /** The classes {@code -Xlog:class+load} saw before {@code logs.MainStarted}, main's first line. */
    private static List<String> loadedBeforeMain(Path log) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String name = className(line);
            if (name.equals("logs.MainStarted")) {
                return names;
            }
            names.add(name);
        }
        throw new AssertionError("main did not start: no logs.MainStarted in " + log);
    }

    private static String className(String line) {
        int start = line.indexOf("] ") + 2;
        int end = line.indexOf(' ', start);
        return end < 0 ? line.substring(start) : line.substring(start, end);
    }

    private static List<String> applicationLogging(List<String> classes) {
        return classes.stream().filter(name -> name.startsWith("org.slf4j.") || name.startsWith("ch.qos.logback."))
                .toList();
    }
}

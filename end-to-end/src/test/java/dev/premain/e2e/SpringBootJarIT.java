package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Spring Boot executable jar, built by the real {@code spring-boot-maven-plugin} (repackage): the
 * application's classes in {@code BOOT-INF/classes} (indexed by the processor; Boot keeps the index
 * at the jar's root), an un-indexed library with a ctor in {@code BOOT-INF/lib}, and premain-api
 * nested there too. Started as users start it, {@code java -javaagent:premain-agent.jar -jar app.jar}:
 * every ctor runs before main and every section is complete, on the thread that runs main. And
 * without the agent, {@code Premain.bootstrap()} in main bootstraps the loader Boot built.
 */
class SpringBootJarIT {
    static final String BOOT_VERSION = "3.5.7";
    private static final String EXPECTED = "app ctor ran on main\nlib ctor ran on main\n"
            + "main on main: [from-app, from-lib]\n";
    private static Path app;
    private static Path project;

    @BeforeAll
    static void buildWithSpringBootsPlugin() throws Exception {
        Path project = Jars.WORK.resolve("spring-boot-jar");
        Files.createDirectories(project.resolve("lib"));
        new FixtureJar()
                .source("lib.Plugin", "package lib; import dev.premain.*; public final class Plugin {"
                        + " @Contribute(boot.Greetings.class) static final String FROM_LIB = \"from-lib\";"
                        + " @Ctor static void init() { System.out.println(\"lib ctor ran on \""
                        + " + Thread.currentThread().getName()); } }")
                .source("boot.Greetings", "package boot; import dev.premain.*; public final class Greetings {"
                        + " @Section public static final ImmutableSection<String> ALL ="
                        + " ImmutableSection.of(String.class); }")
                .writeTo(project.resolve("lib/boot-lib.jar"));
        Path sources = Files.createDirectories(project.resolve("src/main/java/boot"));
        Files.writeString(sources.resolve("App.java"), "package boot; import dev.premain.*;"
                + " public final class App {"
                + " @Contribute(Greetings.class) static final String FROM_APP = \"from-app\";"
                + " @Ctor(priority = -1) static void init() { System.out.println(\"app ctor ran on \""
                + " + Thread.currentThread().getName()); }"
                + " public static void main(String[] a) { if (Boolean.getBoolean(\"inprocess\")) Premain.bootstrap();"
                + " System.out.println(\"main on \""
                + " + Thread.currentThread().getName() + \": \" + Greetings.ALL.stream().sorted().toList()); } }");
        Files.writeString(project.resolve("pom.xml"), pom());
        SpringBootJarIT.project = project;
        String mavenHome = System.getProperty("maven.home");
        String mvn = mavenHome == null ? "mvn" : Paths.get(mavenHome, "bin", "mvn").toString();
        // Why online: the first run downloads spring-boot-maven-plugin; later runs find it in the local repository.
        Process build = new ProcessBuilder(mvn, "-B", "-q", "-Dstyle.color=never", "-f",
                project.resolve("pom.xml").toString(), "package").redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile()).start();
        assertTrue(build.waitFor(300, TimeUnit.SECONDS), "the Spring Boot build timed out");
        assertEquals(0, build.exitValue(), () -> "the Spring Boot build failed:\n" + log(project));
        app = project.resolve("target/boot-app.jar");
    }

    @Test
    void theJarIsWhatBootMakes() throws Exception {
        try (ZipFile jar = new ZipFile(app.toFile())) {
            assertTrue(jar.getEntry("BOOT-INF/classes/boot/App.class") != null);
            assertTrue(jar.getEntry("BOOT-INF/lib/boot-lib-1.0.jar") != null);
            assertTrue(jar.getEntry("BOOT-INF/lib/premain-api-" + System.getProperty("premain.version") + ".jar")
                    != null);
            assertTrue(jar.getEntry("org/springframework/boot/loader/launch/JarLauncher.class") != null);
        }
    }

    @Test
    void everyCtorRunsBeforeMainOnItsThreadAndEverySectionIsComplete() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null).args("-jar", app.toString()).run();

        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), result, result::toString);
    }

    @Test
    void premainBootstrapInsideTheJarBootstrapsTheLauncherBuiltLoader() throws Exception {
        ChildJvm.Result result = new ChildJvm().args("-Dinprocess=true", "-jar", app.toString()).run();

        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), result, result::toString);
    }

    @Test
    void theOutputIsTheSameAppsOnAFlatClassPath() throws Exception {
        ChildJvm.Result flat = new ChildJvm().agent(null).classPath(project.resolve("target/classes"),
                project.resolve("lib/boot-lib.jar")).args("boot.App").run();

        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), flat, flat::toString);
    }

    @Test
    void theExtractedLayoutRunsTheOrdinaryRoute() throws Exception {
        Path extracted = project.resolve("target/extracted");
        TestTrees.delete(extracted);
        ChildJvm.Result extract = new ChildJvm().args("-Djarmode=tools", "-jar", app.toString(), "extract",
                "--destination", extracted.toString()).run();
        assertEquals(0, extract.status(), extract::toString);

        ChildJvm.Result result = new ChildJvm().agent(null).args("-jar", extracted.resolve("boot-app.jar").toString())
                .run();

        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), result, result::toString);
    }

    @Test
    void aPlainLaunchLoadsNeitherTheHookNorAsmsWriter() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent(null).args("-Xlog:class+load=info")
                .classPath(project.resolve("target/classes"), project.resolve("lib/boot-lib.jar")).args("boot.App").run();

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.out().contains("dev.premain.agent.PremainAgent"), "the agent ran");
        assertFalse(result.out().contains("internal.launcher.LauncherHook"), "no class-file hook on a plain launch");
        // Why ClassWriter: ASM's reader parses the un-indexed boot-lib.jar's flagged classes; only the hook writes.
        assertFalse(result.out().contains("shaded.org.objectweb.asm.ClassWriter"), "no class rewriting on a plain launch");
    }

    @Test
    void aNestedLayoutWithALauncherPremainDoesNotHookIsSaidBeforeMain() throws Exception {
        Path fixture = new FixtureJar().source("custom.Launcher", "package custom; public final class Launcher {"
                + " public static void main(String[] a) { System.out.println(\"custom launcher\"); } }")
                .writeTo(project.resolve("target/custom-fixture.jar"));
        Path custom = project.resolve("target/custom-launcher.jar");
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, "custom.Launcher");
        try (ZipFile in = new ZipFile(fixture.toFile());
                java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(custom),
                        manifest)) {
            out.putNextEntry(new java.util.zip.ZipEntry("custom/Launcher.class"));
            out.write(in.getInputStream(in.getEntry("custom/Launcher.class")).readAllBytes());
            out.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/classes/boot/App.class"));
            out.write(Files.readAllBytes(project.resolve("target/classes/boot/App.class")));
        }

        ChildJvm.Result result = new ChildJvm().agent(null).args("-jar", custom.toString()).run();

        assertEquals(new ChildJvm.Result(0, "custom launcher\n", "premain: warning: The application jar '"
                + custom.toString().replace(Jars.WORK.toString(), "$WORK") + "' nests its classes in BOOT-INF/ and"
                + " is started by 'custom.Launcher', a launcher Premain does not hook. Its ctors do not run and its"
                + " sections are not linked before main. Start it with Spring Boot's JarLauncher, WarLauncher or"
                + " PropertiesLauncher, which Premain hooks; or extract it (java -Djarmode=tools -jar app.jar"
                + " extract) and start the extracted jar; or call Premain.bootstrap() first in main.\n"), result);
    }

    @Test
    void nestedJarsAreScannedOnceThenServedFromTheCache() throws Exception {
        Path cache = project.resolve("target/nested-cache");
        TestTrees.delete(cache);
        ChildJvm first = new ChildJvm().agent("cache=" + cache + ",verbose=info").args("-jar", app.toString());

        ChildJvm.Result cold = first.run();
        ChildJvm.Result warm = first.run();

        assertEquals(EXPECTED, cold.out(), cold::toString);
        assertTrue(cold.err().contains("classes parsed from their class files"), cold::toString);
        assertEquals(new ChildJvm.Result(0, EXPECTED, ""), warm, "a cache hit reads no nested jar: " + warm);
    }

    @Test
    void theReportNamesTheNestedEntries() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent("report").args("-jar", app.toString()).run();

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.err().contains("2 ctors, 1 sections"), result::toString);
        assertTrue(result.err().contains("lib.Plugin.init"), result::toString);
    }

    @Test
    void aFailingLaunchStopsBeforeMainWithTheAgentsStatus() throws Exception {
        ChildJvm.Result result = new ChildJvm().agent("trust=nobody").args("-jar", app.toString()).run();

        assertEquals(65, result.status(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("@Ctor method 'boot.App.init' is not trusted"), result::toString);
    }

    private static String pom() {
        String version = System.getProperty("premain.version");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>boot</groupId>
                  <artifactId>boot-app</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>dev.premain</groupId><artifactId>premain-api</artifactId><version>%1$s</version>
                    </dependency>
                    <dependency>
                      <!-- What Spring Boot's jarmode tools (extract) need; the version Boot %2$s manages. -->
                      <groupId>org.springframework</groupId><artifactId>spring-core</artifactId><version>6.2.12</version>
                    </dependency>
                    <dependency>
                      <!-- For Premain.bootstrap() inside the jar; with -javaagent it is not needed. -->
                      <groupId>dev.premain</groupId><artifactId>premain-agent</artifactId><version>%1$s</version>
                      <scope>runtime</scope>
                    </dependency>
                    <dependency>
                      <groupId>com.acme</groupId><artifactId>boot-lib</artifactId><version>1.0</version>
                      <scope>system</scope><systemPath>${project.basedir}/lib/boot-lib.jar</systemPath>
                    </dependency>
                  </dependencies>
                  <build>
                    <finalName>boot-app</finalName>
                    <plugins>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version>
                        <configuration>
                          <annotationProcessorPaths>
                            <path><groupId>dev.premain</groupId><artifactId>premain-processor</artifactId><version>%1$s</version></path>
                          </annotationProcessorPaths>
                        </configuration>
                      </plugin>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
                      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                      <plugin>
                        <groupId>org.springframework.boot</groupId>
                        <artifactId>spring-boot-maven-plugin</artifactId>
                        <version>%2$s</version>
                        <configuration>
                          <mainClass>boot.App</mainClass>
                          <includeSystemScope>true</includeSystemScope>
                        </configuration>
                        <executions><execution><goals><goal>repackage</goal></goals></execution></executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version, BOOT_VERSION);
    }


    private static String log(Path project) {
        try {
            return Files.readString(project.resolve("build.log"));
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}

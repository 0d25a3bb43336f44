package dev.premain.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small Maven project that uses the plugin under test. Every plugin it runs is pinned to the
 * version this repository's own build uses, so that an offline child build finds it in the local repository.
 */
final class SampleProject {
    private static final String VERSION = System.getProperty("premain.it.version");

    private SampleProject() {
    }

    /**
     * A project whose test checks that its {@code @Ctor} ran on the main thread before the test (so the agent
     * came in through {@code argLine}, appended to the value the POM already set), and whose plan the audit
     * passes and writes as JSON, and whose jar carries the build-time class-path index. It compiles with
     * Premain's processor, as users are told to.
     */
    static Path good(Path dir) throws IOException {
        write(dir, "pom.xml", pom("good", """
                      <execution>
                        <goals><goal>prepare-agent</goal><goal>audit</goal><goal>index</goal></goals>
                        <configuration><options>cache=off</options><json>true</json></configuration>
                      </execution>""", """
                  <annotationProcessorPaths>
                    <path><groupId>dev.premain</groupId><artifactId>premain-processor</artifactId><version>%s</version></path>
                  </annotationProcessorPaths>""".formatted(VERSION)));
        write(dir, "src/main/java/sample/Boot.java", """
                package sample;

                import dev.premain.Ctor;

                public final class Boot {
                    static volatile String ranOn;

                    @Ctor
                    static void init() {
                        ranOn = Thread.currentThread().getName();
                    }
                }
                """);
        write(dir, "src/test/java/sample/BootTest.java", """
                package sample;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import org.junit.jupiter.api.Test;

                class BootTest {
                    @Test
                    void theCtorRanOnTheMainThreadBeforeTheTests() {
                        assertEquals("main", Boot.ranOn, "the @Ctor did not run: the agent was not attached");
                    }

                    @Test
                    void theArgLineThePomSetWasKept() {
                        assertEquals("yes", System.getProperty("sample.kept"));
                    }
                }
                """);
        return dir.resolve("pom.xml");
    }

    /** A project with a {@code @Ctor} that takes a parameter, which the agent refuses; it has no tests. */
    static Path bad(Path dir) throws IOException {
        // Why no annotation processing: Premain's processor would reject the ctor at compile time, and what
        // is tested here is that the audit catches it in classes no processor saw (e.g. from another build).
        write(dir, "pom.xml", pom("bad", """
                      <execution>
                        <goals><goal>audit</goal></goals>
                      </execution>""", "<proc>none</proc>"));
        write(dir, "src/main/java/sample/Bad.java", """
                package sample;

                import dev.premain.Ctor;

                public final class Bad {
                    @Ctor
                    static void init(String name) {
                    }
                }
                """);
        return dir.resolve("pom.xml");
    }

    private static String pom(String artifactId, String premainExecution, String compilerConfiguration) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>sample</groupId>
                  <artifactId>%1$s</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <argLine>-Dsample.kept=yes</argLine>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>dev.premain</groupId><artifactId>premain-api</artifactId><version>%2$s</version>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.11.4</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.premain</groupId><artifactId>premain-maven-plugin</artifactId><version>%2$s</version>
                        <executions>
                %3$s
                        </executions>
                      </plugin>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version>
                        <configuration>%4$s</configuration>
                      </plugin>
                      <plugin>
                        <artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version>
                        <configuration><argLine>@{argLine}</argLine></configuration>
                      </plugin>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(artifactId, VERSION, premainExecution, compilerConfiguration);
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}

package dev.premain.shade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child builds' projects, written as files. Plugin versions are the parent POM's, so this
 * build has already put them in the local repository the offline child uses.
 */
final class SampleProject {
    private SampleProject() {
    }

    /** An indexed library {@code com.acme}, and an app shaded with the relocation, with and without the transformer. */
    static void write(Path dir, String premainVersion, String shadeVersion) throws IOException {
        write(dir.resolve("pom.xml"), parent(premainVersion, shadeVersion, "<module>lib</module><module>app</module>"
                + "<module>app-plain</module>"));
        write(dir.resolve("lib/pom.xml"), module("lib", "<dependency><groupId>dev.premain</groupId>"
                + "<artifactId>premain-api</artifactId><version>${premain.version}</version></dependency>", ""));
        write(dir.resolve("lib/src/main/java/com/acme/Greeter.java"), """
                package com.acme;

                import dev.premain.*;

                public final class Greeter {
                    @Section public static final SortedSection<String> WORDS = SortedSection.of(String.class);
                    @Contribute(Greeter.class) static final String HELLO = "hello";

                    @Ctor(after = Early.class)
                    static void init() { System.out.println("ctor " + Greeter.class.getName()); }

                    public static String words() { return Greeter.class.getName() + " " + WORDS.asList(); }

                    public static final class Early {
                        @Ctor static void init() { System.out.println("ctor " + Early.class.getName()); }
                    }
                }
                """);
        String lib = "<dependency><groupId>sample</groupId><artifactId>lib</artifactId><version>1.0</version>"
                + "</dependency>";
        write(dir.resolve("app/pom.xml"), module("app", lib, shade(true)));
        write(dir.resolve("app/src/main/java/app/Main.java"), """
                package app;

                public final class Main {
                    public static void main(String[] args) {
                        System.out.println("main " + com.acme.Greeter.words());
                    }
                }
                """);
        write(dir.resolve("app-plain/pom.xml"), module("app-plain", lib, "<sourceDirectory>../app/src/main/java"
                + "</sourceDirectory>" + shade(false)));
    }

    /** A jar whose own index was edited after it was written (its checksum no longer matches), shaded. */
    static void writeTampered(Path dir, String premainVersion, String shadeVersion) throws IOException {
        String pom = parent(premainVersion, shadeVersion, "").replace("<artifactId>sample</artifactId>",
                "<artifactId>tampered</artifactId>").replace("<packaging>pom</packaging>", "");
        write(dir.resolve("pom.xml"), pom.replace("<build>", "<build>" + shade(true)));
        write(dir.resolve("src/main/resources/META-INF/premain/index/tampered.idx"),
                "premain-index 1\ncovers com.acme.Gone\nchecksum 00000000\n");
    }

    private static String parent(String premainVersion, String shadeVersion, String modules) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>sample</groupId>
                  <artifactId>sample</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <modules>MODULES</modules>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
                    <premain.version>PREMAIN</premain.version>
                  </properties>
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin>
                          <artifactId>maven-compiler-plugin</artifactId>
                          <version>3.13.0</version>
                          <configuration>
                            <release>17</release>
                            <!-- Premain's processor indexes lib; premain-api comes with it, transitively. -->
                            <annotationProcessorPaths>
                              <path><groupId>dev.premain</groupId><artifactId>premain-processor</artifactId><version>${premain.version}</version></path>
                            </annotationProcessorPaths>
                          </configuration>
                        </plugin>
                        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                        <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
                        <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                        <plugin><artifactId>maven-shade-plugin</artifactId><version>SHADE</version></plugin>
                      </plugins>
                    </pluginManagement>
                  </build>
                </project>
                """.replace("MODULES", modules).replace("PREMAIN", premainVersion).replace("SHADE", shadeVersion);
    }

    private static String module(String name, String dependencies, String build) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>sample</groupId><artifactId>sample</artifactId><version>1.0</version></parent>
                  <artifactId>NAME</artifactId>
                  <dependencies>DEPENDENCIES</dependencies>
                  <build>BUILD</build>
                </project>
                """.replace("NAME", name).replace("DEPENDENCIES", dependencies).replace("BUILD", build);
    }

    /** The shade plugin with the relocation of {@code com.acme}, and the transformer if asked. */
    private static String shade(boolean transformer) {
        return """
                <plugins>
                  <plugin>
                    <artifactId>maven-shade-plugin</artifactId>
                    <executions><execution><phase>package</phase><goals><goal>shade</goal></goals></execution></executions>
                    <configuration>
                      <createDependencyReducedPom>false</createDependencyReducedPom>
                      <relocations>
                        <relocation><pattern>com.acme</pattern><shadedPattern>shaded.com.acme</shadedPattern></relocation>
                      </relocations>
                      TRANSFORMERS
                    </configuration>
                    DEPENDENCIES
                  </plugin>
                </plugins>
                """.replace("TRANSFORMERS", transformer
                ? "<transformers><transformer implementation=\"dev.premain.shade.PremainIndexTransformer\"/></transformers>"
                : "").replace("DEPENDENCIES", transformer ? "<dependencies><dependency><groupId>dev.premain</groupId>"
                + "<artifactId>premain-shade-transformer</artifactId><version>${premain.version}</version>"
                + "</dependency></dependencies>" : "");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

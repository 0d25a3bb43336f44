package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * {@code report=FILE.html} writes one self-contained file: well-formed, an inline SVG timeline of the
 * phases and of every ctor, and nothing loaded from the network.
 */
class StartupPictureIT {

    @Test
    void thePictureIsWellFormedSelfContainedAndHoldsEveryCtor() throws Exception {
        Path jar = new FixtureJar()
                .source("pic.Startup", "package pic; import dev.premain.*; public final class Startup {"
                        + " @Ctor static void first() { } @Ctor static void second() { }"
                        + " @Ctor static void slow() throws Exception { Thread.sleep(20); } }")
                .source("app.Main", "package app; public final class Main {"
                        + " public static void main(String[] a) { System.out.println(\"main ran\"); } }")
                .writeTo(Jars.WORK.resolve("picture/app.jar"));
        Path picture = Jars.WORK.resolve("picture/out/startup <&> .html");
        Files.deleteIfExists(picture);

        ChildJvm.Result result = new ChildJvm().agent("cache=off,report=" + picture).classPath(jar).args("app.Main")
                .run();

        assertEquals(new ChildJvm.Result(0, "main ran\n", ""), result, result::toString);
        String html = Files.readString(picture);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"),
                "nothing from the network but the XML namespaces");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(picture.toFile());
        NodeList svgs = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertEquals(1, svgs.getLength(), "one inline SVG");
        String text = document.getDocumentElement().getTextContent();
        for (String ctor : new String[] {"pic.Startup.first", "pic.Startup.second", "pic.Startup.slow"}) {
            assertTrue(text.contains(ctor), () -> ctor + " is in the picture");
        }
        for (String phase : new String[] {"phase scan", "phase analyze", "phase link", "phase ctors", "phase seal"}) {
            assertTrue(text.contains(phase), () -> phase + " is in the picture");
        }
        assertTrue(html.contains("fill=\"#d0404a\""), "the slowest ctors are highlighted");
    }
}

package dev.premain.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentCommandTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path AGENT = Path.of("/m2/premain-agent.jar");
    private static final List<Path> CP = List.of(Path.of("/app/target/classes"), Path.of("/m2/lib.jar"));

    @Test
    void theAgentsAgentCommandLine() {
        assertEquals(List.of("-jar", "/m2/premain-agent.jar", "audit", "--class-path",
                "/app/target/classes" + File.pathSeparator + "/m2/lib.jar"),
                AgentCommand.audit(JAVA, AGENT, CP, null, false).arguments());
    }

    @Test
    void jsonAndOptionsAreAppended() {
        assertEquals(List.of("--json", "--options", "trust=com.acme"),
                AgentCommand.audit(JAVA, AGENT, CP, " trust=com.acme ", true).arguments().subList(5, 8));
    }

    @Test
    void theArgumentFileQuotesEveryArgumentAndEscapesBackslashes() {
        AgentCommand command = AgentCommand.audit(JAVA, Path.of("/A B/premain-agent.jar"),
                List.of(Path.of("C:\\x\\classes")), null, false);
        assertEquals("\"-jar\"\n\"/A B/premain-agent.jar\"\n\"audit\"\n\"--class-path\"\n\"C:\\\\x\\\\classes\"\n",
                command.argumentFile());
    }

    @Test
    void theIndexCommandLine() {
        assertEquals(List.of("-jar", "/m2/premain-agent.jar", "index", "--class-path",
                "/app/target/classes" + File.pathSeparator + "/m2/lib.jar", "--out", "/app/target/classes/x.idx"),
                AgentCommand.index(JAVA, AGENT, CP, Path.of("/app/target/classes/x.idx")).arguments());
    }

    @Test
    void theProcessRunsJavaWithTheArgumentFile() {
        assertEquals(List.of("/jdk/bin/java", "@/t/premain-audit.args"),
                AgentCommand.audit(JAVA, AGENT, CP, null, false).command(Path.of("/t/premain-audit.args")));
    }
}

package dev.premain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.premain.testing.ChildJvm;
import dev.premain.testing.FixtureJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Loading the agent into a running JVM is refused with a clear message, and changes nothing. */
class DynamicAttachIT {

    @Test
    void dynamicAttachIsRefused() throws Exception {
        Path app = new FixtureJar()
                .source("attach.Main", "package attach; import com.sun.tools.attach.VirtualMachine;"
                        + " public final class Main { @dev.premain.Ctor static void init() { System.out.println(\"ctor ran\"); }"
                        + " public static void main(String[] a) throws Exception {"
                        + "  VirtualMachine vm = VirtualMachine.attach(Long.toString(ProcessHandle.current().pid()));"
                        + "  try { vm.loadAgent(a[0]); } finally { vm.detach(); }"
                        + "  System.out.println(\"main still running, bootstrapped=\" + dev.premain.Premain.isBootstrapped()); } }")
                .writeTo(Jars.WORK.resolve("attach/attach.jar"));
        ChildJvm.Result result = new ChildJvm()
                .args("-Djdk.attach.allowAttachSelf=true", "-XX:+IgnoreUnrecognizedVMOptions",
                        "-XX:+EnableDynamicAgentLoading")
                .classPath(app, Jars.API).args("attach.Main", Jars.AGENT.toString()).run();
        assertEquals(new ChildJvm.Result(0, "main still running, bootstrapped=false\n", "premain: error: Premain was"
                + " loaded into a running JVM (dynamic attach), but its work must happen before main: ctors would run"
                + " late and sections could not be sealed before other code reads them. Nothing was changed. Start the"
                + " JVM with -javaagent:premain-agent.jar, or call Premain.bootstrap() first in main.\n"), result,
                result::toString);
    }
}

package dev.premain.agent.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code key=value,...} options from the resource, the system property and the agent arguments. */
public class OptionsParserTest {
    private static final String ARGS = "the -javaagent options";
    private static final String VALID = " Premain did not run, so the application was not started. Valid options:"
            + " packages=PKG[:PKG...], report, shuffle=SEED, on-error=fail|warn, index=prefer|only|off, cache=DIR|off, classpath-index=FILE|off, trust=PKG-or-JAR-or-sha256:HEX[:...], trust-mode=enforce|warn, verbose=quiet|warn|info|debug, late-loaders=off|report, ctor-timeout=SECONDS, dtor-timeout=SECONDS.";

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    public void noOptionsGiveTheDefaults(String text) throws OptionsException {
        assertEquals(new AgentOptions(List.of(), false, null, OnError.FAIL, IndexMode.PREFER,
                CacheLocation.defaultDirectory(), TrustPolicy.EVERYONE, Verbosity.WARN, false, Timeouts.DEFAULT, null, ClassPathIndexOption.AUTO), parse(text));
        assertEquals(parse(text), new OptionsParser().options());
    }

    @Test
    public void packagesAreColonSeparatedAndTrimmed() throws OptionsException {
        assertEquals(List.of("com.acme"), parse("packages=com.acme").packages());
        assertEquals(List.of("com.acme", "org.example.cli"),
                parse(" packages = com.acme : org.example.cli ").packages());
        assertEquals(List.of("a", "b"), parse("packages=a::b:").packages());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            report       | true
            report=true  | true
            report=false | false
            """)
    public void reportIsAFlag(String text, boolean report) throws OptionsException {
        assertEquals(report, parse(text).report());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            shuffle=42                  | 42
            shuffle=-7                  | -7
            shuffle=0                   | 0
            shuffle=9223372036854775807 | 9223372036854775807
            """)
    public void shuffleTakesAWholeNumberSeed(String text, long seed) throws OptionsException {
        assertEquals(seed, parse(text).shuffleSeed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            on-error=fail | FAIL
            on-error=warn | WARN
            on-error=WARN | WARN
            """)
    public void onErrorIsFailOrWarn(String text, OnError onError) throws OptionsException {
        assertEquals(onError, parse(text).onError());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            index=prefer | PREFER
            index=only   | ONLY
            index=off    | OFF
            index=Only   | ONLY
            """)
    public void indexIsPreferOnlyOrOff(String text, IndexMode index) throws OptionsException {
        assertEquals(index, parse(text).index());
    }

    @Test
    public void cacheIsADirectoryOrOff() throws OptionsException {
        assertEquals(Path.of("/tmp/premain-cache"), parse("cache=/tmp/premain-cache").cache());
        assertEquals(Path.of("build/cache"), parse("cache= build/cache ").cache());
        assertNull(parse("cache=off").cache());
    }

    @Test
    public void allOptionsTogether() throws OptionsException {
        assertEquals(new AgentOptions(List.of("com.acme"), true, 3L, OnError.WARN, IndexMode.ONLY, null,
                TrustPolicy.EVERYONE, Verbosity.WARN, false, Timeouts.DEFAULT, null, ClassPathIndexOption.OFF),
                parse(" packages=com.acme , report,shuffle=3,  on-error=warn , index=only,cache=off,classpath-index=off"));
    }

    @Test
    public void laterSourcesOverrideEarlierOnesOptionByOption() throws OptionsException {
        OptionsParser parser = new OptionsParser()
                .apply("packages=com.acme,report,shuffle=1", "the resource META-INF/premain/options")
                .apply("shuffle=2,on-error=warn", "the system property premain.options")
                .apply(null, ARGS)
                .apply("report=false", ARGS);

        assertEquals(new AgentOptions(List.of("com.acme"), false, 2L, OnError.WARN, IndexMode.PREFER,
                CacheLocation.defaultDirectory(), TrustPolicy.EVERYONE, Verbosity.WARN, false, Timeouts.DEFAULT, null, ClassPathIndexOption.AUTO), parser.options());
    }

    @Test
    public void trustAndVerbosity() throws OptionsException {
        AgentOptions options = parse("trust=com.acme:acme-*.jar,trust-mode=warn,verbose=debug");
        assertEquals(new TrustPolicy(List.of("com.acme", "acme-*.jar"), true), options.trust());
        assertEquals(Verbosity.DEBUG, options.verbosity());
        assertEquals(new TrustPolicy(List.of("x"), false), parse("trust=x").trust());
    }

    @Test
    public void laterPairsInOneSourceOverrideEarlierOnes() throws OptionsException {
        assertEquals(new AgentOptions(List.of("b"), true, 9L, OnError.FAIL, IndexMode.OFF, Path.of("b"),
                TrustPolicy.EVERYONE, Verbosity.WARN, false, Timeouts.DEFAULT, null,
                new ClassPathIndexOption(true, Path.of("i.idx"))),
                parse("packages=a,shuffle=1,on-error=warn,index=only,cache=off,packages=b,shuffle=9,on-error=fail,"
                        + "report,index=off,cache=b,classpath-index=off,classpath-index=i.idx"));
    }

    @Test
    public void unknownOptionListsTheValidOnes() {
        assertEquals("Unknown option 'loud' in the -javaagent options." + VALID, failure("report,loud=true"));
        assertEquals("Unknown option 'Report' in the -javaagent options." + VALID, failure("Report"));
    }

    @Test
    public void unknownOptionNamesItsSource() {
        OptionsException e = assertThrows(OptionsException.class,
                () -> new OptionsParser().apply("trusted=com.acme", "the system property premain.options"));

        assertEquals("Unknown option 'trusted' in the system property premain.options." + VALID, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            report=maybe     | 'report=maybe' in the -javaagent options: it must be true or false.
            packages=:       | 'packages=:' in the -javaagent options: it needs at least one package name.
            shuffle=abc      | 'shuffle=abc' in the -javaagent options: the seed must be a whole number.
            shuffle=1.5      | 'shuffle=1.5' in the -javaagent options: the seed must be a whole number.
            on-error=explode | 'on-error=explode' in the -javaagent options: it must be fail or warn.
            index=always     | 'index=always' in the -javaagent options: it must be prefer, only or off.
            index=           | 'index=' in the -javaagent options: it needs a value.
            cache            | 'cache' in the -javaagent options: it needs a value.
            packages=        | 'packages=' in the -javaagent options: it needs a value.
            shuffle          | 'shuffle' in the -javaagent options: it needs a value.
            on-error         | 'on-error' in the -javaagent options: it needs a value.
            packages         | 'packages' in the -javaagent options: it needs a value.
            """)
    public void malformedOptionSaysWhatIsWrong(String text, String problem) {
        assertEquals("Malformed option " + problem + VALID, failure(text));
    }

    @Test
    public void cacheThatIsNoPathIsMalformed() {
        assertEquals("Malformed option 'cache=a\0b' in the -javaagent options: it must be a directory or off." + VALID,
                failure("cache=a\0b"));
    }

    private static AgentOptions parse(String text) throws OptionsException {
        return new OptionsParser().apply(text, ARGS).options();
    }

    private static String failure(String text) {
        return assertThrows(OptionsException.class, () -> parse(text)).getMessage();
    }

    @Test
    void reportWithAnHtmlFileNamesTheStartupPicture() throws OptionsException {
        AgentOptions options = parse("report=out/startup.html");

        assertEquals(Path.of("out/startup.html"), options.reportFile());
        assertEquals(false, options.report(), "the picture replaces the stderr report, it does not add to it");
    }
}

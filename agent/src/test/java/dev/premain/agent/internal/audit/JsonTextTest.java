package dev.premain.agent.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audit's minimal JSON writer: escaping, commas, numbers, booleans and null. */
public class JsonTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain           | `"plain"`
            say "hi"        | `"say \\"hi\\""`
            C:\\temp\\x     | `"C:\\\\temp\\\\x"`
            a/b             | `"a/b"`
            ``              | `""`
            """)
    public void quotesAndBackslashesAreEscaped(String value, String json) {
        assertEquals(json, JsonText.string(value));
        assertEquals(value, JsonParser.parse(json));
    }

    @Test
    public void controlCharactersAreEscaped() {
        assertEquals("\"a\\nb\\rc\\td\"", JsonText.string("a\nb\rc\td"));
        assertEquals("\"\\u0000\\u0001\\u0008\\u000c\\u001b\\u001f\"", JsonText.string("\0\u0001\b\f\u001b\u001f"));
    }

    @Test
    public void otherCharactersAreWrittenAsThemselves() {
        assertEquals("\" ~\u007f\u00e9\u2028\u2029\uD83D\uDE00\"", JsonText.string(" ~\u007f\u00e9\u2028\u2029\uD83D\uDE00"));
    }

    @Test
    public void everyCharacterBelowTwoHundredSurvivesAParse() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 200; c++) {
            all.append(c);
        }
        String value = all.toString() + "\uD83D\uDE00\uFFFF";

        assertEquals(value, JsonParser.parse(JsonText.string(value)));
    }

    @Test
    public void commasGoBetweenElementsAndMembersOnly() {
        JsonText json = new JsonText().open('{').key("empty").open('[').close(']').key("list").open('[')
                .element("a").element(null).open('{').close('}').open('[').element("b").close(']').close(']')
                .field("text", "t").field("none", null).close('}');

        assertEquals("{\"empty\":[],\"list\":[\"a\",null,{},[\"b\"]],\"text\":\"t\",\"none\":null}", json.toString());
        assertEquals(Map.of("empty", List.of(), "list", Arrays.asList("a", null, Map.of(), List.of("b")),
                "text", "t"), withoutNulls(JsonParser.parse(json.toString())));
    }

    @Test
    public void numbersAndBooleansAreBareAndEverythingElseIsAString() {
        JsonText json = new JsonText().open('{').value("int", 8080).value("long", 1L << 40).value("negative", -3)
                .value("double", 2.5).value("float", 0.1f).value("byte", (byte) 7).value("true", true)
                .value("false", false).value("char", 'x').value("text", "8").value("null", null).close('}');

        assertEquals("{\"int\":8080,\"long\":1099511627776,\"negative\":-3,\"double\":2.5,\"float\":0.1,\"byte\":7,"
                + "\"true\":true,\"false\":false,\"char\":\"x\",\"text\":\"8\",\"null\":null}", json.toString());
        JsonParser.parse(json.toString());
    }

    @Test
    public void keysAreEscapedToo() {
        assertEquals("{\"a\\\"b\":1}", new JsonText().open('{').value("a\"b", 1).close('}').toString());
    }

    @Test
    public void theParserRejectsWhatIsNoJson() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\":1,}", "{a:1}", "\"a\nb\"", "NaN", "01", "[1 2]",
                "\"\\x\"", "{\"a\":1,\"a\":2}", "[] []")) {
            assertEquals(IllegalArgumentException.class, rejection(bad), bad);
        }
    }

    private static Class<?> rejection(String text) {
        try {
            JsonParser.parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getClass();
        }
    }

    private static Object withoutNulls(Object parsed) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = new LinkedHashMap<>((Map<String, Object>) parsed);
        object.values().removeIf(Objects::isNull);
        return object;
    }
}

package dev.premain.agent.internal.audit;

/** A minimal JSON writer for the audit: objects, arrays, strings, numbers, booleans, null. */
public final class JsonText {
    private final StringBuilder out = new StringBuilder();
    private boolean needsComma;

    public JsonText open(char bracket) {
        comma();
        out.append(bracket);
        needsComma = false;
        return this;
    }

    public JsonText close(char bracket) {
        out.append(bracket);
        needsComma = true;
        return this;
    }

    public JsonText key(String name) {
        comma();
        out.append(string(name)).append(':');
        needsComma = false;
        return this;
    }

    public JsonText field(String name, String value) {
        return key(name).element(value);
    }

    public JsonText value(String name, Object value) {
        key(name);
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return element(String.valueOf(value)); // Why a string: JSON has no NaN or Infinity.
        }
        if (value instanceof Number || value instanceof Boolean) {
            comma();
            out.append(value);
            needsComma = true;
            return this;
        }
        return element(value == null ? null : String.valueOf(value));
    }

    public JsonText element(String value) {
        comma();
        out.append(value == null ? "null" : string(value));
        needsComma = true;
        return this;
    }

    private void comma() {
        if (needsComma) {
            out.append(',');
        }
    }

    public static String string(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

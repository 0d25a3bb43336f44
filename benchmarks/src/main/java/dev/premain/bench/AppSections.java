package dev.premain.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated app's ten sections, one of each kind and contribution shape, and the sources that
 * contribute to them: every ctor class contributes one item to each section.
 */
final class AppSections {
    /** How a section's items are contributed. */
    enum Shape { CONSTANT, FIELD, METHOD, CLASS }

    /**
     * One section and the shape of its contributions.
     *
     * @param holder the simple name of the declaring class in {@code app.sections}
     * @param type the declared field type
     * @param init the field's initializer
     * @param shape how ctor classes contribute to it
     * @param member the contributing field or method name, or the nested class's prefix
     * @param valueType the contributed member's type
     */
    record Kind(String holder, String type, String init, Shape shape, String member, String valueType) {
        /** The member name as ctor class {@code i} declares it (a nested class's simple name for CLASS). */
        String memberOf(int i) {
            return shape == Shape.CLASS ? member + String.format("%03d", i) : member;
        }
    }

    private final List<Kind> kinds = List.of(
            new Kind("Names", "ImmutableSection<String>", "ImmutableSection.of(String.class)", Shape.CONSTANT,
                    "NAME", "String"),
            new Kind("Codes", "SortedSection<String>", "SortedSection.of(String.class)", Shape.CONSTANT, "CODE",
                    "String"),
            new Kind("Tags", "SetSection<String>", "SetSection.of(String.class)", Shape.CONSTANT, "TAG", "String"),
            new Kind("Numbers", "ImmutableSection<Integer>", "ImmutableSection.of(Integer.class)", Shape.CONSTANT,
                    "NUMBER", "int"),
            new Kind("Items", "ImmutableSection<Item>", "ImmutableSection.of(Item.class)", Shape.FIELD, "ITEM",
                    "Item"),
            new Kind("ItemsByName", "MapSection<String, Item>", "MapSection.of(Item.class, Item::name)", Shape.FIELD,
                    "KEYED", "Item"),
            new Kind("Factories", "ImmutableSection<Item>", "ImmutableSection.of(Item.class)", Shape.METHOD, "made",
                    "Item"),
            new Kind("Ranked", "SortedSection<Item>", "SortedSection.of(Item.class)", Shape.METHOD, "ranked", "Item"),
            new Kind("Handlers", "ImmutableSection<Handler>", "ImmutableSection.of(Handler.class)", Shape.CLASS,
                    "Handler", "Handler"),
            new Kind("Plugins", "MutableSection<Handler>", "MutableSection.of(Handler.class)", Shape.CLASS,
                    "Plugin", "Handler"));

    List<Kind> kinds() {
        return kinds;
    }

    String holderSource(Kind kind) {
        String api = kind.type().substring(0, kind.type().indexOf('<'));
        return "package app.sections;\n\nimport app.Handler;\nimport app.Item;\nimport dev.premain." + api
                + ";\nimport dev.premain.Section;\n\n/** A generated section. */\npublic final class " + kind.holder()
                + " {\n    @Section\n    public static final " + kind.type() + " ALL = " + kind.init()
                + ";\n\n    private " + kind.holder() + "() {\n    }\n}\n";
    }

    String ctorSource(String simple, int i, int priority) {
        StringBuilder s = new StringBuilder("package app.ctors;\n\nimport app.*;\nimport app.sections.*;\n")
                .append("import dev.premain.Contribute;\nimport dev.premain.Ctor;\n\n")
                .append("/** A generated ctor class with one contribution to each section. */\n")
                .append("public final class ").append(simple).append(" implements Contributor {\n");
        for (Kind kind : kinds) {
            s.append("    @Contribute(").append(kind.holder()).append(".class)\n    ").append(member(kind, i))
                    .append('\n');
        }
        return s.append("    public ").append(simple).append("() {\n    }\n\n")
                .append("    @Ctor(priority = ").append(priority).append(")\n")
                .append("    static void init() {\n        Counter.ran(").append(priority).append(");\n    }\n\n")
                .append("    @Override\n    public void run() {\n        init();\n    }\n\n")
                .append("    @Override\n    public int getAsInt() {\n        return ").append(priority)
                .append(";\n    }\n}\n")
                .toString();
    }

    private static String member(Kind kind, int i) {
        String tag = kind.holder().toLowerCase() + "-" + i;
        switch (kind.shape()) {
            case CONSTANT:
                String value = kind.valueType().equals("int") ? Integer.toString(i) : '"' + tag + '"';
                return "static final " + kind.valueType() + " " + kind.member() + " = " + value + ";";
            case FIELD:
                return "static final Item " + kind.member() + " = new Item(\"" + tag + "\", " + i + ");";
            case METHOD:
                return "private static Item " + kind.member() + "() {\n        return new Item(\"" + tag + "\", " + i
                        + ");\n    }\n";
            default:
                return "static final class " + kind.memberOf(i) + " implements Handler {\n        @Override\n"
                        + "        public String name() {\n            return \"" + tag + "\";\n        }\n    }\n";
        }
    }

    /** The full reference agent's list: each section, then its items in Premain's order (class, member). */
    String sectionsList(int ctors) {
        StringBuilder list = new StringBuilder();
        for (Kind kind : kinds) {
            list.append("section app.sections.").append(kind.holder()).append(" ALL\n");
            List<String> items = new ArrayList<>();
            for (int i = 0; i < ctors; i++) {
                String owner = "app.ctors." + AppGenerator.ctorName(i);
                items.add(kind.shape() == Shape.CLASS
                        ? "item CLASS " + owner + "$" + kind.memberOf(i) + " -"
                        : "item " + (kind.shape() == Shape.METHOD ? "METHOD " : "FIELD ") + owner + " "
                                + kind.member());
            }
            items.forEach(line -> list.append(line).append('\n'));
        }
        return list.toString();
    }
}

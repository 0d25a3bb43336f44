package dev.premain.agent.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.premain.agent.internal.Reported;
import dev.premain.agent.internal.Scans;
import dev.premain.agent.internal.analysis.SectionPlan;
import dev.premain.agent.internal.fixtures.Contributors;
import dev.premain.agent.internal.fixtures.Sections.Command;
import dev.premain.agent.internal.fixtures.Sections;
import dev.premain.agent.internal.model.DeclaredContribution;
import dev.premain.agent.internal.model.DeclaredSection;
import dev.premain.agent.internal.model.MemberKind;
import dev.premain.agent.internal.problem.Problem;
import dev.premain.agent.internal.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links real sections through the one claimed binder. Each test links sections no other test links. */
public class SectionLinkerTest {
    private static final String NL = System.lineSeparator();
    private static final String ITEMS = Sections.Items.class.getName();
    private static final String STRING = "java.lang.String";
    private static final String COMMAND = Command.class.getName();

    private final Problems problems = new Problems();
    private final SectionLinker linker = new SectionLinker(ClassAccess.of(getClass().getClassLoader()), ClaimedBinder.BINDER,
            problems);

    @Test
    public void everyKindIsFilledInPlanOrderAndLeftUnsealed() {
        SectionPlan greetings = plan(holder(Sections.Greetings.class, "dev.premain.ImmutableSection", STRING),
                Scans.constant(name(Sections.Greetings.class), "com.acme.Constants", "HI", "hi"),
                Scans.field(name(Sections.Greetings.class), ITEMS, "BYE", STRING),
                Scans.factory(name(Sections.Greetings.class), ITEMS, "hello", STRING));
        SectionPlan ranks = plan(holder(Sections.Ranks.class, "dev.premain.SortedSection", "java.lang.Integer"),
                Scans.constant(name(Sections.Ranks.class), "com.acme.Constants", "FIVE", 5),
                Scans.factory(name(Sections.Ranks.class), ITEMS, "three", "java.lang.Integer"),
                Scans.constant(name(Sections.Ranks.class), "com.acme.Constants", "ONE", 1));
        SectionPlan commands = plan(holder(Sections.Commands.class, "dev.premain.MapSection", COMMAND),
                Scans.field(name(Sections.Commands.class), ITEMS, "HELP", COMMAND),
                Scans.field(name(Sections.Commands.class), ITEMS, "LIST", COMMAND));

        linker.link(List.of(greetings, ranks, commands));

        assertEquals(List.of(), problems.all());
        assertEquals(List.of(Sections.Greetings.ALL, Sections.Ranks.ALL, Sections.Commands.BY_NAME), linker.linked());
        assertEquals(List.of("hi", "bye", "hello"), Sections.Greetings.ALL.asList());
        assertEquals(List.of(1, 3, 5), Sections.Ranks.ALL.asList());
        assertEquals(List.of("help", "list"), Sections.Commands.BY_NAME.keys());
        assertEquals("lists things", Sections.Commands.BY_NAME.find("list").orElseThrow().help());
        assertEquals(name(Sections.Greetings.class), Sections.Greetings.ALL.name());
        assertFalse(Sections.Greetings.ALL.isSealed());
    }

    @Test
    public void duplicateMapKeyKeepsTheFirstAndNamesBothContributors() {
        String section = name(Sections.ClashingCommands.class);

        linker.link(List.of(plan(holder(Sections.ClashingCommands.class, "dev.premain.MapSection", COMMAND),
                Scans.field(section, ITEMS, "HELP", COMMAND), Scans.field(section, ITEMS, "LIST", COMMAND),
                Scans.field(section, ITEMS, "LIST_AGAIN", COMMAND))));

        assertEquals(List.of(Reported.error("Section 'dev.premain.agent.internal.fixtures.Sections$ClashingCommands' got"
                + " the same key from 'dev.premain.agent.internal.fixtures.Sections$Items.LIST' (in lib/acme-1.0.jar)"
                + " and 'dev.premain.agent.internal.fixtures.Sections$Items.LIST_AGAIN' (in lib/acme-1.0.jar). Only"
                + " the first is kept. Give each contribution a distinct key.")), Reported.of(problems.all()));
        assertEquals(List.of("help", "list"), Sections.ClashingCommands.BY_NAME.keys());
        assertEquals("lists things", Sections.ClashingCommands.BY_NAME.find("list").orElseThrow().help());
    }

    @Test
    public void everyEqualSetItemAfterTheFirstIsReported() {
        String section = name(Sections.Tags.class);
        DeclaredContribution constant = new DeclaredContribution(section, "com.acme.Constants", "HELLO",
                MemberKind.FIELD, Scans.STATIC_FINAL, STRING, false, "hello", "lib/constants.jar");

        linker.link(List.of(plan(holder(Sections.Tags.class, "dev.premain.SetSection", STRING), constant,
                Scans.field(section, ITEMS, "BYE", STRING), Scans.field(section, ITEMS, "HELLO_AGAIN", STRING),
                Scans.factory(section, ITEMS, "hello", STRING))));

        String prefix = "Section 'dev.premain.agent.internal.fixtures.Sections$Tags' got equal items from"
                + " 'com.acme.Constants.HELLO' (in lib/constants.jar) and"
                + " 'dev.premain.agent.internal.fixtures.Sections$Items.";
        assertEquals(List.of(
                prefix + "HELLO_AGAIN' (in lib/acme-1.0.jar). Only the first is kept. Give each contribution a distinct"
                        + " value.",
                prefix + "hello' (in lib/acme-1.0.jar). Only the first is kept. Give each contribution a distinct"
                        + " value."),
                problems.all().stream().map(Problem::text).toList());
        assertEquals(List.of("hello", "bye"), Sections.Tags.ALL.asList());
    }

    @Test
    public void itemsThatCannotBeCreatedAreReportedAndTheRestLinked() {
        String section = name(Sections.Partial.class);

        linker.link(List.of(plan(holder(Sections.Partial.class, "dev.premain.ImmutableSection", STRING),
                Scans.field(section, Contributors.class.getName(), "FIELD", STRING),
                Scans.field(section, ITEMS, "NOTHING", STRING),
                Scans.factory(section, Contributors.class.getName(), "failing", STRING),
                Scans.factory(section, ITEMS, "hello", STRING))));

        assertEquals(List.of(
                "@Contribute field 'dev.premain.agent.internal.fixtures.Sections$Items.NOTHING' yields null"
                        + " (in lib/acme-1.0.jar). Sections hold no nulls, so it is not added to section"
                        + " 'dev.premain.agent.internal.fixtures.Sections$Partial'. Contribute a non-null value.",
                "@Contribute method 'dev.premain.agent.internal.fixtures.Contributors.failing' could not be created"
                        + " (in lib/acme-1.0.jar): it threw java.lang.IllegalStateException: factory failed" + NL
                        + "    It is not added to section 'dev.premain.agent.internal.fixtures.Sections$Partial'. Fix"
                        + " the code that produces it."),
                problems.all().stream().map(Problem::text).toList());
        assertEquals(List.of("from a field", "hello"), Sections.Partial.ALL.asList());
        assertEquals(List.of(Sections.Partial.ALL), linker.linked());
    }

    @Test
    public void fieldHoldingNullIsNotLinked() {
        linker.link(List.of(plan(holder(Sections.Unset.class, "dev.premain.ImmutableSection", STRING))));

        assertEquals(List.of(Reported.error("@Section field 'dev.premain.agent.internal.fixtures.Sections$Unset.ALL'"
                + " must be initialized with its own section, as in"
                + " 'ImmutableSection.of(String.class)', but it holds null (in lib/acme-1.0.jar). The section is not linked. Initialize the"
                + " field with ImmutableSection.of(...).")), Reported.of(problems.all()));
        assertEquals(List.of(), linker.linked());
    }

    @Test
    public void sectionOfAnotherElementTypeIsNotLinked() {
        linker.link(List.of(plan(holder(Sections.Unlinked.class, "dev.premain.ImmutableSection", "java.lang.Integer"),
                Scans.constant(name(Sections.Unlinked.class), "com.acme.Constants", "ONE", 1))));

        assertEquals(List.of(Reported.error("@Section field 'dev.premain.agent.internal.fixtures.Sections$Unlinked.ALL'"
                + " must be initialized with its own section, as in"
                + " 'ImmutableSection.of(Integer.class)', but it holds a section of 'java.lang.String' (in lib/acme-1.0.jar). The section is"
                + " not linked. Initialize the field with ImmutableSection.of(...).")), Reported.of(problems.all()));
        assertEquals(List.of(), linker.linked());
        assertThrows(IllegalStateException.class, Sections.Unlinked.ALL::size);
    }

    @Test
    public void holderWhoseStaticInitializerThrowsIsNotLinked() {
        linker.link(List.of(plan(holder(Sections.BrokenHolder.class, "dev.premain.ImmutableSection", STRING))));

        assertEquals(List.of(Reported.error("@Section field"
                + " 'dev.premain.agent.internal.fixtures.Sections$BrokenHolder.ALL' could not be read (in"
                + " lib/acme-1.0.jar): java.lang.IllegalStateException: holder init failed" + NL + "    The section is not linked."
                + " Fix the class's static initializer.")), Reported.of(problems.all()));
        assertEquals(List.of(), linker.linked());
    }

    @Test
    public void missingFieldIsNotLinked() {
        DeclaredSection declared = new DeclaredSection(name(Sections.Unlinked.class), "NOPE", Scans.STATIC_FINAL,
                "dev.premain.ImmutableSection", STRING, Scans.JAR);

        linker.link(List.of(new SectionPlan(declared, List.of())));

        assertEquals(List.of(Reported.error("@Section field 'dev.premain.agent.internal.fixtures.Sections$Unlinked.NOPE'"
                + " could not be read (in lib/acme-1.0.jar): java.lang.NoSuchFieldException: NOPE" + NL + "    The"
                + " section is not linked. Fix the class's static initializer.")), Reported.of(problems.all()));
    }

    private static String name(Class<?> holder) {
        return holder.getName();
    }

    private static DeclaredSection holder(Class<?> holder, String sectionType, String elementType) {
        boolean map = sectionType.equals("dev.premain.MapSection");
        String field = map ? "BY_NAME" : "ALL";
        return Scans.section(holder.getName(), field, sectionType, elementType);
    }

    private static SectionPlan plan(DeclaredSection section, DeclaredContribution... items) {
        return new SectionPlan(section, List.of(items));
    }
}

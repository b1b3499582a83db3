package org.glutecoach.practice.clients.notes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.glutecoach.practice.clients.notes.EditTemplate;
import org.glutecoach.practice.clients.notes.InvalidTemplate;
import org.junit.jupiter.api.Test;

class NoteTemplateTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void aTemplateOfTheOwnersOwnNeedsANameAndEveryBadFieldIsNamedAtOnce() {
        var bad = new EditTemplate(
                "  ", "x".repeat(NoteContent.MAX_SECTION + 1), "fine", "tab\tand\nnew line are fine", "bell\u0007", "");

        assertThatThrownBy(() -> NoteTemplate.own(bad, CLOCK))
                .isInstanceOfSatisfying(
                        InvalidTemplate.class,
                        invalid -> assertThat(invalid.messageKeysByField())
                                .containsExactly(
                                        Map.entry("name", "notes.templates.error.name.required"),
                                        Map.entry("subjective", "notes.templates.error.section.too-long"),
                                        Map.entry("plan", "notes.templates.error.control")));
    }

    @Test
    void aNameIsAtMostEightyCharactersOnOneLine() {
        var longName = text("x".repeat(NoteTemplate.MAX_NAME + 1));
        var twoLines = text("Pregnancy\nmassage");

        assertThat(problems(() -> NoteTemplate.own(longName, CLOCK)))
                .containsExactly(Map.entry("name", "notes.templates.error.name.too-long"));
        assertThat(problems(() -> NoteTemplate.own(twoLines, CLOCK)))
                .containsExactly(Map.entry("name", "notes.templates.error.control"));
        assertThat(NoteTemplate.own(text("  " + "x".repeat(NoteTemplate.MAX_NAME) + " "), CLOCK)
                        .name())
                .hasSize(NoteTemplate.MAX_NAME);
    }

    @Test
    void aRewordedBundledTemplateKeepsNoNameOfItsOwnAndIgnoresOneGiven() {
        var reworded = NoteTemplate.rewording("follow-up", text("Ignored name"), CLOCK);

        assertThat(reworded.bundledKey()).isEqualTo("follow-up");
        assertThat(reworded.name()).isEmpty();
        reworded.change(new EditTemplate(null, "Since last time:", null, null, null, null), CLOCK);
        assertThat(reworded.name()).isEmpty();
        assertThat(reworded.text()).isEqualTo(new TemplateText("Since last time:", "", "", "", ""));
    }

    @Test
    void textIsStrippedAndWindowsLineEndsBecomePlainOnes() {
        var template = NoteTemplate.own(
                new EditTemplate(" Sports massage ", " Sport:\r\nLevel:\rGoal: ", null, null, null, null), CLOCK);

        assertThat(template.name()).isEqualTo("Sports massage");
        assertThat(template.text().subjective()).isEqualTo("Sport:\nLevel:\nGoal:");
        assertThat(template.updatedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aRefusedChangeLeavesTheTemplateAsItWas() {
        var template = NoteTemplate.own(text("Sports massage"), CLOCK);
        var before = template.text();

        assertThatThrownBy(() -> template.change(new EditTemplate("", "New wording", "", "", "", "\u0000"), CLOCK))
                .isInstanceOf(InvalidTemplate.class);
        assertThat(template.name()).isEqualTo("Sports massage");
        assertThat(template.text()).isEqualTo(before);
    }

    /** Any text with a control character other than a new line or a tab is refused, in any part; other text kept. */
    @Test
    void controlCharactersAreRefusedWhereverTheyAreAndOtherTextIsKeptAsWritten() {
        var random = new Random(20261201L);
        for (int run = 0; run < 500; run++) {
            var text = randomText(random);
            var hasControl = text.codePoints()
                    .anyMatch(c -> (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')
                            && c != '\n'
                            && c != '\t'
                            && c != '\r');
            var edit = new EditTemplate("Name", "", "", text, "", "");
            if (hasControl) {
                assertThat(problems(() -> NoteTemplate.own(edit, CLOCK)))
                        .as("%s", text.codePoints().boxed().toList())
                        .containsExactly(Map.entry("assessment", "notes.templates.error.control"));
            } else {
                assertThat(NoteTemplate.own(edit, CLOCK).text().assessment())
                        .isEqualTo(
                                text.replace("\r\n", "\n").replace('\r', '\n').strip());
            }
        }
    }

    private static String randomText(Random random) {
        var text = new StringBuilder();
        var length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(
                    switch (random.nextInt(6)) {
                        case 0 -> random.nextInt(0x20);
                        case 1 -> 0x7f + random.nextInt(0x21);
                        case 2 -> "\n\t\r".charAt(random.nextInt(3));
                        case 3 -> 0x2028 + random.nextInt(2);
                        default -> 0x20 + random.nextInt(0x2000);
                    });
        }
        return text.toString();
    }

    private static EditTemplate text(String name) {
        return new EditTemplate(name, "Sport:", "", "", "", "");
    }

    private static Map<String, String> problems(Runnable building) {
        try {
            building.run();
        } catch (InvalidTemplate invalid) {
            return invalid.messageKeysByField();
        }
        throw new AssertionError("accepted");
    }
}

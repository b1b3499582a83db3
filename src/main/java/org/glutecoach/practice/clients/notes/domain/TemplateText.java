package org.glutecoach.practice.clients.notes.domain;

import java.util.Map;
import org.glutecoach.practice.clients.notes.EditTemplate;
import org.glutecoach.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The text each part of a new note starts with. As the owner writes it, each part fits in a note's part
 * ({@link NoteContent#MAX_SECTION}) and holds nothing but printable text, new lines and tabs.
 */
public record TemplateText(String subjective, String objective, String assessment, String plan, String treatment) {

    /** The owner's wording, adding a message key by field for every part that breaks a rule. */
    static TemplateText of(EditTemplate edit, Map<String, String> problems) {
        return new TemplateText(
                section("subjective", edit.subjective(), problems),
                section("objective", edit.objective(), problems),
                section("assessment", edit.assessment(), problems),
                section("plan", edit.plan(), problems),
                section("treatment", edit.treatment(), problems));
    }

    private static String section(String field, @Nullable String text, Map<String, String> problems) {
        var value = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        // Checked before stripping: strip() would quietly drop some control characters at the ends.
        if (PlainText.hasControlCharacters(value, true)) {
            problems.put(field, "notes.templates.error.control");
        } else if (value.strip().length() > NoteContent.MAX_SECTION) {
            problems.put(field, "notes.templates.error.section.too-long");
        }
        return value.strip();
    }
}

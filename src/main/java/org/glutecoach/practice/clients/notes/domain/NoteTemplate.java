package org.glutecoach.practice.clients.notes.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.practice.clients.notes.EditTemplate;
import org.glutecoach.practice.clients.notes.InvalidTemplate;
import org.glutecoach.shared.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A note template the owner keeps: their wording of a bundled template ({@link #bundledKey()} set, no name of its
 * own) or a template of their own under a name. Built and changed only from checked text.
 */
@Table("practice_note_templates")
public class NoteTemplate {

    public static final int MAX_NAME = 80;

    private final @Id UUID id;
    private final @Nullable String bundledKey;
    private String name;
    private String subjective;
    private String objective;
    private String assessment;
    private String plan;
    private String treatment;
    private Instant updatedAt;
    private @Version @Nullable Long version;

    @PersistenceCreator
    NoteTemplate(
            UUID id,
            @Nullable String bundledKey,
            String name,
            String subjective,
            String objective,
            String assessment,
            String plan,
            String treatment,
            Instant updatedAt,
            @Nullable Long version) {
        this.id = id;
        this.bundledKey = bundledKey;
        this.name = name;
        this.subjective = subjective;
        this.objective = objective;
        this.assessment = assessment;
        this.plan = plan;
        this.treatment = treatment;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * The owner's first rewording of a bundled template (its name stays the bundled one).
     *
     * @throws InvalidTemplate naming every bad part; the name is not asked for
     */
    public static NoteTemplate rewording(String bundledKey, EditTemplate edit, Clock clock) {
        var text = checked(edit, false);
        return new NoteTemplate(UUID.randomUUID(), bundledKey, "", "", "", "", "", "", clock.instant(), null)
                .with("", text, clock);
    }

    /**
     * A template of the owner's own.
     *
     * @throws InvalidTemplate naming every bad field, the name included
     */
    public static NoteTemplate own(EditTemplate edit, Clock clock) {
        var text = checked(edit, true);
        return new NoteTemplate(UUID.randomUUID(), null, "", "", "", "", "", "", clock.instant(), null)
                .with(name(edit.name()), text, clock);
    }

    /**
     * New wording (and, for the owner's own, a new name).
     *
     * @throws InvalidTemplate naming every bad field; nothing changes
     */
    public void change(EditTemplate edit, Clock clock) {
        var text = checked(edit, bundledKey == null);
        with(bundledKey == null ? name(edit.name()) : "", text, clock);
    }

    public UUID id() {
        return id;
    }

    public @Nullable String bundledKey() {
        return bundledKey;
    }

    public String name() {
        return name;
    }

    public TemplateText text() {
        return new TemplateText(subjective, objective, assessment, plan, treatment);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private NoteTemplate with(String newName, TemplateText text, Clock clock) {
        name = newName;
        subjective = text.subjective();
        objective = text.objective();
        assessment = text.assessment();
        plan = text.plan();
        treatment = text.treatment();
        updatedAt = clock.instant();
        return this;
    }

    private static TemplateText checked(EditTemplate edit, boolean named) {
        var problems = new LinkedHashMap<String, String>();
        if (named) {
            checkName(edit.name(), problems);
        }
        var text = TemplateText.of(edit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidTemplate(problems);
        }
        return text;
    }

    private static void checkName(@Nullable String text, Map<String, String> problems) {
        var value = name(text);
        if (text != null && PlainText.hasControlCharacters(text, false)) {
            problems.put("name", "notes.templates.error.control");
        } else if (value.isEmpty()) {
            problems.put("name", "notes.templates.error.name.required");
        } else if (value.length() > MAX_NAME) {
            problems.put("name", "notes.templates.error.name.too-long");
        }
    }

    private static String name(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}

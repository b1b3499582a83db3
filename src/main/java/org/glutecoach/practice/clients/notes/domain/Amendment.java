package org.glutecoach.practice.clients.notes.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.glutecoach.practice.clients.notes.InvalidNote;
import org.glutecoach.shared.AppendOnlyRecord;
import org.glutecoach.shared.PlainText;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A correction beneath a signed note, only ever added: who, when and what. {@code position} numbers a note's
 * amendments from 1 and is unique per note in the table, so two written at once cannot both take the same place.
 */
@Table("practice_note_amendments")
public class Amendment extends AppendOnlyRecord {

    private final UUID noteId;
    private final int position;
    private final UUID amendedBy;
    private final String text;
    private final Instant amendedAt;

    @PersistenceCreator
    Amendment(UUID id, UUID noteId, int position, UUID amendedBy, String text, Instant amendedAt) {
        this(id, noteId, position, amendedBy, text, amendedAt, false);
    }

    private Amendment(
            UUID id, UUID noteId, int position, UUID amendedBy, String text, Instant amendedAt, boolean added) {
        super(id, added);
        this.noteId = noteId;
        this.position = position;
        this.amendedBy = amendedBy;
        this.text = text;
        this.amendedAt = amendedAt;
    }

    static Amendment of(UUID noteId, int position, UUID by, String written, Clock clock) {
        var text = written.strip().replace("\r\n", "\n");
        var problems = new LinkedHashMap<String, String>();
        if (text.isEmpty()) {
            problems.put("text", "notes.error.amendment.required");
        } else if (text.length() > NoteContent.MAX_SECTION) {
            problems.put("text", "notes.error.amendment.too-long");
        } else if (PlainText.hasControlCharacters(written, true)) {
            problems.put("text", "notes.error.control");
        }
        if (!problems.isEmpty()) {
            throw new InvalidNote(problems);
        }
        return new Amendment(UUID.randomUUID(), noteId, position, by, text, clock.instant(), true);
    }

    public UUID noteId() {
        return noteId;
    }

    public int position() {
        return position;
    }

    public UUID amendedBy() {
        return amendedBy;
    }

    public String text() {
        return text;
    }

    public Instant amendedAt() {
        return amendedAt;
    }
}

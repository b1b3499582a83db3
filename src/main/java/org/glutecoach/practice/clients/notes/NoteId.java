package org.glutecoach.practice.clients.notes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A session note's identity. */
public record NoteId(@JsonValue UUID value) {

    public NoteId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

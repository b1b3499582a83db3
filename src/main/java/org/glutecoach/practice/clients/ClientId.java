package org.glutecoach.practice.clients;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A client's identity in the practice. Other modules (notes, booking) keep this, never the client itself. */
public record ClientId(@JsonValue UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    public static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    /** The id written in a link or path, or empty if the text is not an id (so the caller answers "not found"). */
    public static Optional<ClientId> parse(String text) {
        try {
            return Optional.of(new ClientId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.glutecoach.selfcheck.domain;

import java.util.List;

/** A sentence still to be worded: a message key and the person's own values to put in it. */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }
}

package org.glutecoach.selfcheck.domain;

import java.util.Set;

/** One checked answer, of the kind its question asks for. */
public sealed interface Answer {

    /** A number within the question's range. */
    record Number(double value) implements Answer {}

    /** One of the question's options (also Yes / No / Not sure). */
    record Choice(String value) implements Answer {}

    /** Any of the question's options, possibly none. */
    record Choices(Set<String> values) implements Answer {
        public Choices {
            values = Set.copyOf(values);
        }
    }
}

package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ErrorReferenceTests {

    @Test
    void isShortReadableAndVaries() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var reference = ErrorReference.next().value();
            assertThat(reference).matches("GC-[A-HJ-NP-Z2-9]{8}");
            seen.add(reference);
        }
        assertThat(seen).hasSizeGreaterThan(990);
    }
}

package org.glutecoach.selfcheck;

import java.util.List;

/**
 * The safety-net block as data (red-flag set rule 7), for clients of the API: the same words as the pages'
 * {@code fragments/safety-net.html}, from the same {@code safetyNet.*} messages.
 */
public record SafetyNetView(String heading, String intro, List<String> signs, String callNumber) {

    public SafetyNetView {
        signs = List.copyOf(signs);
    }
}

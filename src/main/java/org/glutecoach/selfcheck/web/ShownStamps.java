package org.glutecoach.selfcheck.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.glutecoach.shared.SealedSecrets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * When a result page was shown, carried to the step that keeps it without trusting the form (issue 11: a result
 * shown weeks ago and kept today is not a fresh pass of the red-flag screen). The flow stores nothing, so the time
 * travels in a hidden field, sealed with the server's key together with a digest of the answers shown: a changed
 * time, a stamp moved onto other answers, or one sealed under another key reads as "not known".
 */
@Component
class ShownStamps {

    /** The hidden field that carries the stamp. */
    static final String FIELD = "shown";

    private final SealedSecrets sealed;
    private final Clock clock;

    ShownStamps(SealedSecrets sealed, Clock clock) {
        this.sealed = sealed;
        this.clock = clock;
    }

    /** A stamp saying these answers were evaluated and shown now. */
    String stampNow(Map<String, Object> answers) {
        // The instant as text, not Clock.millis(): the app's tick clock cannot give millis (it divides by zero).
        return sealed.seal(clock.instant() + " " + digest(answers));
    }

    /** When the result with these answers was shown, if the form carries a valid stamp for them; else null. */
    @Nullable
    Instant shownAt(MultiValueMap<String, String> form, Map<String, Object> answers) {
        var stamp = form.getFirst(FIELD);
        if (stamp == null || !SealedSecrets.isSealed(stamp)) {
            return null;
        }
        try {
            var parts = sealed.open(stamp).split(" ", 2);
            return parts.length == 2 && parts[1].equals(digest(answers)) ? Instant.parse(parts[0]) : null;
        } catch (RuntimeException forgedOrOtherKey) {
            return null;
        }
    }

    /** The answers in a fixed order (by question, then value), whatever order the form posted them in. */
    private static String digest(Map<String, Object> answers) {
        var canonical = SelfCheckFlow.entries(answers).stream()
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n"));
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}

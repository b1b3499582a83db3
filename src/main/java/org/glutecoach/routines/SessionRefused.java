package org.glutecoach.routines;

import java.util.Map;
import org.glutecoach.shared.GluteCoachException;

/**
 * A session that cannot be recorded: an unknown routine, times that do not fit, or another person's id. The first
 * two are about what was sent, so they name the field and its message key ({@link #messageKeysByField()}); another
 * person's id names none (it is a conflict, not a bad value).
 */
public class SessionRefused extends GluteCoachException {

    private final Map<String, String> messageKeysByField;

    public SessionRefused(String why) {
        this(why, Map.of());
    }

    public SessionRefused(String why, Map<String, String> messageKeysByField) {
        super("session-refused", why);
        this.messageKeysByField = Map.copyOf(messageKeysByField);
    }

    /** The fields that were wrong, each with the message key that says why; empty for a conflict. */
    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

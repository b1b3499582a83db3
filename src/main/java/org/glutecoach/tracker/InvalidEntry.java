package org.glutecoach.tracker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.shared.GluteCoachException;

/**
 * A day's answers broke one or more rules. Each field names its problem as a message key, so pages show the
 * message beside the field and the API lists it in the problem's {@code errors}.
 */
public class InvalidEntry extends GluteCoachException {

    private final Map<String, String> messageKeysByField;

    public InvalidEntry(Map<String, String> messageKeysByField) {
        super("validation", "Some answers need another look");
        // In the order the form and the file have them, so each list of problems reads top to bottom.
        this.messageKeysByField = Collections.unmodifiableMap(new LinkedHashMap<>(messageKeysByField));
    }

    /** Field name (as in the API and the form) to message key, in {@code messages/tracker.properties}. */
    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

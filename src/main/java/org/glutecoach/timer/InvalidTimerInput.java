package org.glutecoach.timer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.shared.GluteCoachException;

/**
 * Settings, events or a date range that break a rule. Each field names its problem as a message key (in
 * {@code messages/timer.properties}), so a page shows it beside the field and the API lists it in {@code errors}.
 * Nothing is stored when this is thrown.
 */
public class InvalidTimerInput extends GluteCoachException {

    private final Map<String, String> messageKeysByField;

    public InvalidTimerInput(Map<String, String> messageKeysByField) {
        super("validation", "Some values need another look");
        this.messageKeysByField = Collections.unmodifiableMap(new LinkedHashMap<>(messageKeysByField));
    }

    /** Field name (as in the API and the form, e.g. {@code intervalMinutes} or {@code [2].at}) to message key. */
    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

package org.glutecoach.timer;

import java.util.Map;
import org.glutecoach.shared.InvalidFields;

/**
 * Settings, events or a date range that break a rule. Each field names its problem as a message key (in
 * {@code messages/timer.properties}), so a page shows it beside the field and the API lists it in {@code errors}.
 * Nothing is stored when this is thrown.
 */
public class InvalidTimerInput extends InvalidFields {

    public InvalidTimerInput(Map<String, String> messageKeysByField) {
        super("Some values need another look", messageKeysByField);
    }
}

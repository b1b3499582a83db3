package org.glutecoach.routines;

import java.util.Map;
import org.glutecoach.shared.GluteCoachException;

/**
 * A person's own routine that cannot be saved: each field that is wrong ({@code name}, {@code exercises}) with the
 * key of the message that says why (messages/routines.properties), shown beside the field or in the problem's
 * {@code errors}.
 */
public class InvalidRoutine extends GluteCoachException {

    private final Map<String, String> messageKeysByField;

    public InvalidRoutine(Map<String, String> messageKeysByField) {
        super("validation", "The routine cannot be saved: " + messageKeysByField.keySet());
        this.messageKeysByField = Map.copyOf(messageKeysByField);
    }

    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

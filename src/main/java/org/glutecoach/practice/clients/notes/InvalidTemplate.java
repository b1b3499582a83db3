package org.glutecoach.practice.clients.notes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.shared.GluteCoachException;

/**
 * A note template the owner wrote broke one or more rules: each field names its problem as a message key (in
 * {@code messages/practice-notes.properties}), shown beside the field. Nothing was stored.
 */
public class InvalidTemplate extends GluteCoachException {

    private final Map<String, String> messageKeysByField;

    public InvalidTemplate(Map<String, String> messageKeysByField) {
        super("validation", "Some parts of the template need another look");
        this.messageKeysByField = Collections.unmodifiableMap(new LinkedHashMap<>(messageKeysByField));
    }

    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

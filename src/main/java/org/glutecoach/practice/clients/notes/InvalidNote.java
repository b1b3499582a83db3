package org.glutecoach.practice.clients.notes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.shared.GluteCoachException;

/**
 * A note, an amendment or a signature broke one or more rules. Each field names its problem as a message key (in
 * {@code messages/practice-notes.properties}), so pages show it beside the field and the API lists it in
 * {@code errors}.
 */
public class InvalidNote extends GluteCoachException {

    private final Map<String, String> messageKeysByField;

    public InvalidNote(Map<String, String> messageKeysByField) {
        super("validation", "Some parts of the note need another look");
        this.messageKeysByField = Collections.unmodifiableMap(new LinkedHashMap<>(messageKeysByField));
    }

    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

package org.glutecoach.practice.clients.notes;

import java.util.Map;
import org.glutecoach.shared.InvalidFields;

/**
 * A note, an amendment or a signature broke one or more rules. Each field names its problem as a message key (in
 * {@code messages/practice-notes.properties}), so pages show it beside the field and the API lists it in
 * {@code errors}.
 */
public class InvalidNote extends InvalidFields {

    public InvalidNote(Map<String, String> messageKeysByField) {
        super("Some parts of the note need another look", messageKeysByField);
    }
}

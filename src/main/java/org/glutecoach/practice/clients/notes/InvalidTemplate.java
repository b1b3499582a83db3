package org.glutecoach.practice.clients.notes;

import java.util.Map;
import org.glutecoach.shared.InvalidFields;

/**
 * A note template the owner wrote broke one or more rules: each field names its problem as a message key (in
 * {@code messages/practice-notes.properties}), shown beside the field. Nothing was stored.
 */
public class InvalidTemplate extends InvalidFields {

    public InvalidTemplate(Map<String, String> messageKeysByField) {
        super("Some parts of the template need another look", messageKeysByField);
    }
}

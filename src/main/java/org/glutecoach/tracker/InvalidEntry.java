package org.glutecoach.tracker;

import java.util.Map;
import org.glutecoach.shared.InvalidFields;

/**
 * A day's answers broke one or more rules. Each field names its problem as a message key, so pages show the
 * message beside the field and the API lists it in the problem's {@code errors}.
 */
public class InvalidEntry extends InvalidFields {

    public InvalidEntry(Map<String, String> messageKeysByField) {
        super("Some answers need another look", messageKeysByField);
    }
}

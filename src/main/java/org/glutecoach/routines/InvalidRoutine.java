package org.glutecoach.routines;

import java.util.Map;
import org.glutecoach.shared.InvalidFields;

/**
 * A person's own routine that cannot be saved: each field that is wrong ({@code name}, {@code exercises}) with the
 * key of the message that says why (messages/routines.properties), shown beside the field or in the problem's
 * {@code errors}.
 */
public class InvalidRoutine extends InvalidFields {

    public InvalidRoutine(Map<String, String> messageKeysByField) {
        super("The routine cannot be saved: " + messageKeysByField.keySet(), messageKeysByField);
    }
}

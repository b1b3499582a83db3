package org.glutecoach.practice.clients;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.shared.GluteCoachException;

/**
 * A client's details broke one or more rules. Each field names its problem as a message key (in
 * {@code messages/practice-clients.properties}): pages show it beside the field, the API in the problem's
 * {@code errors}. Nothing is stored.
 */
public class InvalidClientDetails extends GluteCoachException {

    private final Map<String, String> messageKeysByField;

    public InvalidClientDetails(Map<String, String> messageKeysByField) {
        super("validation", "Some details need another look");
        this.messageKeysByField = Collections.unmodifiableMap(new LinkedHashMap<>(messageKeysByField));
    }

    /** Field name (as in the API and the form) to message key, in the order of the form. */
    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

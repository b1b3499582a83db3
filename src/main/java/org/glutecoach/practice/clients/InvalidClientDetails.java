package org.glutecoach.practice.clients;

import java.util.Map;
import org.glutecoach.shared.InvalidFields;

/**
 * A client's details broke one or more rules. Each field names its problem as a message key (in
 * {@code messages/practice-clients.properties}): pages show it beside the field, the API in the problem's
 * {@code errors}. Nothing is stored.
 */
public class InvalidClientDetails extends InvalidFields {

    public InvalidClientDetails(Map<String, String> messageKeysByField) {
        super("Some details need another look", messageKeysByField);
    }
}

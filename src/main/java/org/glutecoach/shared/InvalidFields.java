package org.glutecoach.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that broke one or more rules, each field named with the key of the message that says why (in the module's
 * messages file): a page shows the message beside its field, the API lists it in the problem's {@code errors} with
 * a 400, mapped once for every module. Nothing is stored when it is thrown. A module's failure names what was
 * wrong (a day's answers, a client's details) by subclassing this.
 */
public abstract class InvalidFields extends GluteCoachException {

    private final Map<String, String> messageKeysByField;

    protected InvalidFields(String message, Map<String, String> messageKeysByField) {
        super("validation", message);
        // In the order the form and the request have them, so each list of problems reads top to bottom.
        this.messageKeysByField = Collections.unmodifiableMap(new LinkedHashMap<>(messageKeysByField));
    }

    /** Field name (as in the API and the form, e.g. {@code sorenessLeft} or {@code [2].at}) to message key. */
    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

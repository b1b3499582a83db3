package org.glutecoach.practice.clients.notes;

import org.glutecoach.shared.GluteCoachException;

/**
 * No template has that key, or not one this can be done to: only bundled templates are reset, only the owner's
 * own are deleted.
 */
public class TemplateNotFound extends GluteCoachException {

    public TemplateNotFound() {
        super("not-found", "No such note template");
    }
}

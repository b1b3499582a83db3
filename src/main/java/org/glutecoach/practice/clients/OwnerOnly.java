package org.glutecoach.practice.clients;

import org.glutecoach.shared.GluteCoachException;

/** Only the practice owner assigns clients to therapists. */
public class OwnerOnly extends GluteCoachException {

    public OwnerOnly() {
        super("owner-only", "Only the practice owner may do this");
    }
}

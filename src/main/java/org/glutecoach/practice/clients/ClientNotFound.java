package org.glutecoach.practice.clients;

import org.glutecoach.shared.GluteCoachException;

/**
 * No such client for this caller: it does not exist, or the caller may not see it (another therapist's client,
 * someone not on the staff). Both read the same, "not found", so nothing hints that a client exists.
 */
public class ClientNotFound extends GluteCoachException {

    public ClientNotFound() {
        super("not-found", "No such client");
    }
}

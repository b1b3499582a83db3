package org.glutecoach.practice.clients.notes;

/** How the client agreed to the treatment: said so, or signed a form. */
public enum TreatmentConsent {
    VERBAL,
    WRITTEN
}

package org.glutecoach.privacy;

/**
 * What becomes of the health data kept under the consent when a person withdraws it: deleted (the default), or
 * kept for them to read, with nothing new added and nothing changed until they agree again.
 */
public enum KeptHealthData {
    DELETE,
    KEEP_READ_ONLY
}

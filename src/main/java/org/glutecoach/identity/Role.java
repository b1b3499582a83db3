package org.glutecoach.identity;

/** What an account may do: a person looks after their own back; a therapist runs the practice. */
public enum Role {
    PERSON,
    THERAPIST
}

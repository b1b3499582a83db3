package org.glutecoach.identity;

/** Sign up as a person with an email address and a password. */
public record RegisterAccount(String email, String password) {}

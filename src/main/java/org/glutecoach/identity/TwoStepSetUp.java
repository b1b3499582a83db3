package org.glutecoach.identity;

/** What a person needs to add Glute Coach to an authenticator app: the secret and the link in the QR code. */
public record TwoStepSetUp(String secret, String provisioningUri) {}

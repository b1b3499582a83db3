package org.glutecoach.identity;

/** A token just created: {@code secret} is shown once and never stored. */
public record NewAccessToken(AccessTokenView token, String secret) {}

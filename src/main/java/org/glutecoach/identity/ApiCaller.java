package org.glutecoach.identity;

/** Who is calling the API with a personal access token, and what the token allows. */
public record ApiCaller(SignedInAccount account, TokenScope scope) {}

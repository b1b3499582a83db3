package org.glutecoach.identity;

/** What a personal access token may do: read only, or read and change. */
public enum TokenScope {
    READ,
    READ_WRITE
}

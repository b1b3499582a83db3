package org.glutecoach.practice.clients.notes;

import java.time.Instant;
import org.glutecoach.identity.AccountId;

/** A correction beneath a signed note: what, by whom and when; {@code position} counts from 1. */
public record AmendmentView(int position, String text, AccountId amendedBy, String amendedByName, Instant amendedAt) {}

package org.glutecoach.practice.clients.notes;

import java.time.Instant;
import java.time.LocalDate;
import org.glutecoach.practice.clients.ClientId;

/** A draft its writer has left unsigned for more than a day, for their dashboard. */
public record StaleDraftView(
        ClientId clientId, String clientName, NoteId noteId, LocalDate sessionDate, Instant startedAt) {}

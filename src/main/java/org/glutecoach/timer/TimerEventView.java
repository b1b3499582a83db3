package org.glutecoach.timer;

import java.time.Instant;
import java.util.UUID;

/** One stored event, as in the person's data export. */
public record TimerEventView(UUID id, String kind, Instant at) {}

package org.glutecoach.practice.clients.notes.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A client's record as retention sees it: whose, and the day of the last contact with the practice. */
public record ClinicalRecord(UUID clientId, LocalDate lastContact) {}

package org.glutecoach.practice.clients.notes;

import java.time.LocalDate;
import org.glutecoach.practice.clients.ClientId;

/** A client's record that will be erased soon: whose, the last contact, and the first day it may go. */
public record RecordDueView(ClientId clientId, String clientName, LocalDate lastContact, LocalDate erasableFrom) {}

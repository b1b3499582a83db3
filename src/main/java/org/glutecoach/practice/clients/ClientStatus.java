package org.glutecoach.practice.clients;

/** Whether the practice is treating the client now, or has discharged them (their record is kept). */
public enum ClientStatus {
    ACTIVE,
    DISCHARGED
}

package org.glutecoach.tracker.domain;

import org.glutecoach.support.PostgresIntegrationTest;

/** The summary's query against the Java computation, on PostgreSQL. */
@PostgresIntegrationTest
class LoggedDaysPostgresIntegrationTests extends LoggedDaysContract {}

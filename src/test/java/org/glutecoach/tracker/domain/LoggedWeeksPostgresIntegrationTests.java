package org.glutecoach.tracker.domain;

import org.glutecoach.support.PostgresIntegrationTest;

/** The long charts' weekly query against the Java computation, on PostgreSQL. */
@PostgresIntegrationTest
class LoggedWeeksPostgresIntegrationTests extends LoggedWeeksContract {}

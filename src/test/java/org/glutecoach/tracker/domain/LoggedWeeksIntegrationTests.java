package org.glutecoach.tracker.domain;

import org.glutecoach.support.IntegrationTest;

/** The long charts' weekly query against the Java computation, on H2. */
@IntegrationTest
class LoggedWeeksIntegrationTests extends LoggedWeeksContract {}

package org.glutecoach.tracker.domain;

import org.glutecoach.support.IntegrationTest;

/** The summary's query against the Java computation, on H2. */
@IntegrationTest
class LoggedDaysIntegrationTests extends LoggedDaysContract {}

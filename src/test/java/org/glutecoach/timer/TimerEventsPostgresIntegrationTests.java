package org.glutecoach.timer;

import org.glutecoach.support.PostgresIntegrationTest;
import org.springframework.context.annotation.Import;

/** {@link TimerEventsContract} on PostgreSQL. */
@PostgresIntegrationTest
@Import(TimerEventsContract.Heard.class)
class TimerEventsPostgresIntegrationTests extends TimerEventsContract {}

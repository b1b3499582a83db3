package org.glutecoach.timer;

import org.glutecoach.support.IntegrationTest;
import org.springframework.context.annotation.Import;

/** {@link TimerEventsContract} on H2. */
@IntegrationTest
@Import(TimerEventsContract.Heard.class)
class TimerEventsIntegrationTests extends TimerEventsContract {}

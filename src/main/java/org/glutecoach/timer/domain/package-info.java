/** The timer's aggregates (settings, reported breaks), working hours and the statistics over them. */
@NullMarked
package org.glutecoach.timer.domain;

import org.jspecify.annotations.NullMarked;

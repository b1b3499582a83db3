/** The tracker's rules: the day's entry and its checks, the person's day, findings and rank correlation. */
@NullMarked
package org.glutecoach.tracker.domain;

import org.jspecify.annotations.NullMarked;

/** The tracker's pages (today, week, charts) and its JSON API under {@code /api/v1/tracker}. */
@NullMarked
package org.glutecoach.tracker.web;

import org.jspecify.annotations.NullMarked;

/** Internal: the optional daily reminder email, its scheduled sender and its one-click unsubscribe. */
@NullMarked
package org.glutecoach.tracker.reminder;

import org.jspecify.annotations.NullMarked;

/** Internal: the log as a CSV file, out (download, API) and back in (import, all or nothing). */
@NullMarked
package org.glutecoach.tracker.transfer;

import org.jspecify.annotations.NullMarked;

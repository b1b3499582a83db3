/** Rendering, storing and relaying mail. Internal to the mail module. */
@NullMarked
package org.glutecoach.mail.sending;

import org.jspecify.annotations.NullMarked;

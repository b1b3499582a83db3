/**
 * The free mini course: seven short daily lessons, as Markdown in the repository (a practice may override or add
 * lessons in a folder), by email at the person's chosen local time through the mail outbox, and on the web one a
 * day. Enrolment needs only an email address, with double opt-in. Owns the {@code course_*} tables.
 */
@ApplicationModule(allowedDependencies = {"shared", "mail", "identity", "privacy", "selfcheck"})
@NullMarked
package org.glutecoach.course;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Mail: every message goes into one outbox in the database, in the same transaction as the change that causes
 * it, and a relay sends what is due with retries and back-off. The relay is a db-scheduler task, so only one
 * instance sends at a time and nothing is lost across a restart or an SMTP outage.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.glutecoach.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

package org.glutecoach.privacy;

import org.glutecoach.identity.AccountId;

/**
 * On the consent page, a person who said yes to course emails asked to start the mini course there and then.
 * Published only while that consent is given; the course module enrols the account.
 */
public record CourseStartRequested(AccountId accountId) {}

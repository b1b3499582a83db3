package org.glutecoach.identity;

/**
 * A person deleted their account. Published inside the deleting transaction: every module that holds anything
 * about the person listens and erases it there, so the account and all its data go together or not at all.
 *
 * @param emailVerified whether the account had proved its address: if not, what is attached to that address
 *        (a course enrolment, say) belongs to whoever owns the address, and stays
 */
public record AccountDeleted(AccountId accountId, String email, boolean emailVerified) {}

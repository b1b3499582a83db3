/** Accounts and the rules on their email addresses and passwords. Internal to identity. */
@NullMarked
package org.glutecoach.identity.domain;

import org.jspecify.annotations.NullMarked;

/**
 * Identity's use cases, one service per concept: registration and verification, passwords and reset, sign-in
 * sessions, two-step sign-in, API tokens. Internal to identity: other modules go through {@code IdentityService}.
 */
@NullMarked
package org.glutecoach.identity.account;

import org.jspecify.annotations.NullMarked;

/** Sign-in, sign-up and account pages, the account API, and the security rules of the whole web layer. */
@NullMarked
package org.glutecoach.identity.web;

import org.jspecify.annotations.NullMarked;

/** Pages and API for consents, the data export and deleting an account. */
@NullMarked
package org.glutecoach.privacy.web;

import org.jspecify.annotations.NullMarked;

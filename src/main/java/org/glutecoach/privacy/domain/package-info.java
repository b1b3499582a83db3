/** Consents as stored. Internal to the privacy module. */
@NullMarked
package org.glutecoach.privacy.domain;

import org.jspecify.annotations.NullMarked;

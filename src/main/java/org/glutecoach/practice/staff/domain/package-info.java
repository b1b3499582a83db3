/** The staff's single-use links and the rules on them. Internal to practice.staff. */
@NullMarked
package org.glutecoach.practice.staff.domain;

import org.jspecify.annotations.NullMarked;

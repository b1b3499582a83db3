/** Enrolments, their calendar and their store. Internal to the course module. */
@NullMarked
package org.glutecoach.course.domain;

import org.jspecify.annotations.NullMarked;

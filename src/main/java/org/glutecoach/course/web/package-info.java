/** The course pages and API. */
@NullMarked
package org.glutecoach.course.web;

import org.jspecify.annotations.NullMarked;

/** Reading lesson files. Internal to the course module. */
@NullMarked
package org.glutecoach.course.lessons;

import org.jspecify.annotations.NullMarked;

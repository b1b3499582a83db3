/** The timer's pages and its JSON API. */
@NullMarked
package org.glutecoach.timer.web;

import org.jspecify.annotations.NullMarked;

/** The dashboard page. */
@NullMarked
package org.glutecoach.dashboard.web;

import org.jspecify.annotations.NullMarked;

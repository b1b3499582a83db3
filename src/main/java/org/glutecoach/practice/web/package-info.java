/** The practice's public pages. */
@NullMarked
package org.glutecoach.practice.web;

import org.jspecify.annotations.NullMarked;

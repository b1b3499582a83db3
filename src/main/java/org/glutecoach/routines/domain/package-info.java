/** The routines' aggregates: recorded sessions and screen confirmations, with their repositories. */
@NullMarked
package org.glutecoach.routines.domain;

import org.jspecify.annotations.NullMarked;

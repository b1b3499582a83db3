/** The routines' pages, JSON API and the player's page. */
@NullMarked
package org.glutecoach.routines.web;

import org.jspecify.annotations.NullMarked;

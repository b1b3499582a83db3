/** The self-check's JSON API (pages come next). */
@NullMarked
package org.glutecoach.selfcheck.web;

import org.jspecify.annotations.NullMarked;

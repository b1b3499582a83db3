/**
 * The self-check on the web: its pages (the step-by-step form, the result, keeping it and the kept results) and its
 * JSON API. Form handling only; the rules are the service's and the domain's.
 */
@NullMarked
package org.glutecoach.selfcheck.web;

import org.jspecify.annotations.NullMarked;

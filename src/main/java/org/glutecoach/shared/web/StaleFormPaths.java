package org.glutecoach.shared.web;

/**
 * A page whose forms, posted with a form token the browser no longer has (its session lapsed, its cookies were
 * cleared), go to a page of the module's own instead of the general refusal: a module declares it as a bean when
 * losing what was typed would do harm. The token check still refuses the post; the page it goes to is forwarded
 * the same request and must change nothing stored.
 *
 * @param pattern the posted-to address (a path pattern)
 * @param forwardTo where such a post is forwarded instead
 */
public record StaleFormPaths(String pattern, String forwardTo) {}

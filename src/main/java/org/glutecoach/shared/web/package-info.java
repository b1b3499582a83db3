/** Web plumbing every module shares: the home page, error pages, problem+json and htmx helpers. */
@NullMarked
package org.glutecoach.shared.web;

import org.jspecify.annotations.NullMarked;

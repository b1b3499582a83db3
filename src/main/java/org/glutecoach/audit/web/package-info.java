/** A person's own part of the audit log. */
@NullMarked
package org.glutecoach.audit.web;

import org.jspecify.annotations.NullMarked;

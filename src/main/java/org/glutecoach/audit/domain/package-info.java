/** The audit log's lines and their repository. */
@NullMarked
package org.glutecoach.audit.domain;

import org.jspecify.annotations.NullMarked;

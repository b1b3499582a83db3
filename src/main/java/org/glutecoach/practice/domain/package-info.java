/** The practice's own data: its contact details and the rules they follow. */
@NullMarked
package org.glutecoach.practice.domain;

import org.jspecify.annotations.NullMarked;

/** The owner's set-up page, the invitation page and the owner's list of therapists and invitations. */
@NullMarked
package org.glutecoach.practice.staff.web;

import org.jspecify.annotations.NullMarked;

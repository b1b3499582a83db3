/** The client aggregate, its rules and repository. Internal to practice.clients. */
@NullMarked
package org.glutecoach.practice.clients.domain;

import org.jspecify.annotations.NullMarked;

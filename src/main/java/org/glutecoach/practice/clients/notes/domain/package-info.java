/** The notes, their amendments and the rules on signing and keeping them; internal to the module. */
@NullMarked
package org.glutecoach.practice.clients.notes.domain;

import org.jspecify.annotations.NullMarked;

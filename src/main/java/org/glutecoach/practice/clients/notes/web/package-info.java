/** The notes' pages and API, the owner's retention list and subject access downloads; internal. */
@NullMarked
package org.glutecoach.practice.clients.notes.web;

import org.jspecify.annotations.NullMarked;

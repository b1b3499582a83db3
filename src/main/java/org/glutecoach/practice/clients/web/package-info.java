/** The client list, the client record and the therapists' API for clients. */
@NullMarked
package org.glutecoach.practice.clients.web;

import org.jspecify.annotations.NullMarked;

/**
 * The practice's clients: the practice's own record of each client (walk-ins without an account, and people who
 * linked their account with their consent), who may see which client, and the client record page that brings
 * together what a consenting person shares. Owns {@code practice_clients} and {@code practice_client_invitations}.
 */
@ApplicationModule(
        displayName = "Practice clients",
        allowedDependencies = {
            "shared",
            "identity",
            "mail",
            "privacy",
            "selfcheck",
            "tracker",
            "routines",
            "audit"
        })
@NullMarked
package org.glutecoach.practice.clients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

package org.glutecoach.practice.clients.notes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.practice.clients.notes.SubjectAccess;
import org.glutecoach.practice.clients.notes.SubjectAccessAnswer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The practice owner answers a client's subject access request: everything held about them, as JSON. */
@RestController
@Tag(name = "Session notes")
class SubjectAccessApiController {

    private final SubjectAccess access;

    SubjectAccessApiController(SubjectAccess access) {
        this.access = access;
    }

    @GetMapping("/api/v1/practice/clients/{id}/subject-access")
    @Operation(
            summary = "Everything the practice holds about a client (owner only)",
            description = "The client record and every note with its amendments. The request and the answer go in "
                    + "the audit log. 404 for anyone but the practice owner.")
    SubjectAccessAnswer answer(@CurrentAccount AccountView me, @PathVariable String id) {
        return access.answer(Ids.client(id), me.id(), "json");
    }
}

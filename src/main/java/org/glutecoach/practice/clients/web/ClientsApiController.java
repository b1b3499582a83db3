package org.glutecoach.practice.clients.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.practice.clients.ClientPage;
import org.glutecoach.practice.clients.ClientQuery;
import org.glutecoach.practice.clients.ClientRecordView;
import org.glutecoach.practice.clients.ClientStatus;
import org.glutecoach.practice.clients.ClientView;
import org.glutecoach.practice.clients.ClientsService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The practice's clients for therapists' tokens: the same rule as the pages (anyone else: 404). */
@RestController
@RequestMapping("/api/v1/practice/clients")
@Tag(name = "Practice clients", description = "A therapist's clients and each client's record (therapists only).")
class ClientsApiController {

    private final ClientsService clients;

    ClientsApiController(ClientsService clients) {
        this.clients = clients;
    }

    @GetMapping
    @Operation(summary = "The clients the caller may see, most recently seen first, 20 a page")
    ClientPage list(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ClientStatus status,
            @RequestParam(defaultValue = "1") int page) {
        return clients.clients(me.accountId(), new ClientQuery(q, status, null, page, ClientFilter.PAGE_SIZE));
    }

    @PostMapping
    @Operation(summary = "Add a client without an account (a walk-in), assigned to the caller; 201 with Location")
    ResponseEntity<ClientView> add(@AuthenticationPrincipal SignedInAccount me, @RequestBody ClientBody body) {
        var added = clients.addClient(me.accountId(), body.details());
        return ResponseEntity.created(URI.create("/api/v1/practice/clients/" + added.id()))
                .body(added);
    }

    @GetMapping("/{id}")
    @Operation(summary = "What the practice holds about one client")
    ClientView client(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id) {
        return clients.visibleClient(ClientPages.clientId(id), me.accountId()).orElseThrow(ClientNotFound::new);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace what the practice holds about one client, and their status")
    ClientView change(
            @AuthenticationPrincipal SignedInAccount me, @PathVariable String id, @RequestBody ClientBody body) {
        return clients.changeClient(me.accountId(), ClientPages.clientId(id), body.details(), body.statusOrActive());
    }

    @GetMapping("/{id}/record")
    @Operation(
            summary = "The client record as its page shows it",
            description = "The person's own data (shared) only while they share it with the practice; audited.")
    ClientRecordView record(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id) {
        return clients.record(me.accountId(), ClientPages.clientId(id));
    }
}

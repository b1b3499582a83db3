package org.glutecoach.practice.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.Role;
import org.glutecoach.practice.clients.domain.Client;
import org.glutecoach.practice.clients.domain.Clients;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.shared.DefaultTimeZone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's clients: adding walk-ins, linking a person's account with their consent, and the one access rule
 * every page and API of the practice goes through ({@link #visibleClient}).
 */
@Service
@Transactional
public class ClientsService {

    private final Clients clients;
    private final IdentityService identity;
    private final PrivacyService privacy;
    private final Clock clock;

    ClientsService(Clients clients, IdentityService identity, PrivacyService privacy, Clock clock) {
        this.clients = clients;
        this.identity = identity;
        this.privacy = privacy;
        this.clock = clock;
    }

    /**
     * The client, if {@code viewer} may see them: the practice owner sees every client, a therapist only those
     * assigned to them. Everyone else (another therapist, a person, an unknown account) gets empty, exactly as for
     * a client that does not exist, so nothing hints that the client exists.
     */
    @Transactional(readOnly = true)
    public Optional<ClientView> visibleClient(ClientId id, AccountId viewer) {
        var staff = identity.findAccount(viewer).filter(account -> account.role() == Role.THERAPIST);
        return clients.findById(id.value())
                .filter(client -> client.visibleTo(viewer, staff.isPresent(), staff.map(AccountView::practiceOwner)
                        .orElse(false)))
                .map(this::view);
    }

    /**
     * A therapist adds a client who has no account (a walk-in or a phone booking); the client is assigned to them.
     *
     * @throws InvalidClientDetails if the details break a rule; nothing is stored
     * @throws ClientNotFound if {@code therapist} is not on the practice's staff
     */
    public ClientView addClient(AccountId therapist, ClientDetails details) {
        staff(therapist);
        return view(clients.save(Client.walkIn(details, therapist, clock.instant(), today())));
    }

    /** Switching on "let the practice see my results" makes the person a client (once), unassigned. */
    @EventListener
    void on(ConsentChanged changed) {
        if (changed.kind() == ConsentKind.SHARE_WITH_PRACTICE && changed.given()) {
            identity.findAccount(changed.accountId()).ifPresent(this::linkOrCreate);
        }
    }

    private void linkOrCreate(AccountView person) {
        if (clients.findByAccountId(person.id().value()).isPresent()) {
            return;
        }
        var name = person.displayName() == null || person.displayName().isBlank()
                ? person.email()
                : person.displayName();
        var existing = clients.unlinkedWithEmail(person.email()).stream().findFirst();
        existing.ifPresentOrElse(
                client -> {
                    client.linkTo(person.id());
                    clients.save(client);
                },
                () -> clients.save(Client.linkedByConsent(person.id(), name, person.email(), clock.instant())));
    }

    private AccountView staff(AccountId id) {
        return identity.findAccount(id)
                .filter(account -> account.role() == Role.THERAPIST)
                .orElseThrow(ClientNotFound::new);
    }

    private ClientView view(Client client) {
        var person = client.linkedAccount();
        return client.view(person != null && privacy.hasConsent(person, ConsentKind.SHARE_WITH_PRACTICE));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DefaultTimeZone.ZONE));
    }
}

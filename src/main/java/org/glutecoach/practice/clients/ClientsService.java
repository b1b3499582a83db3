package org.glutecoach.practice.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.identity.Role;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.practice.clients.domain.Client;
import org.glutecoach.practice.clients.domain.ClientInvitation;
import org.glutecoach.practice.clients.domain.ClientInvitations;
import org.glutecoach.practice.clients.domain.ClientSearch;
import org.glutecoach.practice.clients.domain.Clients;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.DefaultTimeZone;
import org.glutecoach.shared.SingleUseSecret;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's clients: adding walk-ins, linking a person's account with their consent (sharing, or accepting
 * a therapist's invitation), the client list and record, and the one access rule every page and API of the
 * practice goes through ({@link #visibleClient}).
 */
@Service
@Transactional
public class ClientsService {

    /** How many of the viewer's most recently seen active clients the "today" panel looks at. */
    static final int TODAY_CLIENTS = 100;

    private final Clients clients;
    private final ClientSearch search;
    private final ClientInvitations invitations;
    private final SharedData shared;
    private final IdentityService identity;
    private final PrivacyService privacy;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientsService(
            Clients clients,
            ClientSearch search,
            ClientInvitations invitations,
            SharedData shared,
            IdentityService identity,
            PrivacyService privacy,
            MailOutbox mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clients = clients;
        this.search = search;
        this.invitations = invitations;
        this.shared = shared;
        this.identity = identity;
        this.privacy = privacy;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The client, if {@code viewer} may see them: the practice owner sees every client, a therapist only those
     * assigned to them. Everyone else (another therapist, a person, an unknown account) gets empty, exactly as for
     * a client that does not exist, so nothing hints that the client exists.
     */
    @Transactional(readOnly = true)
    public Optional<ClientView> visibleClient(ClientId id, AccountId viewer) {
        return visible(id, viewer).map(this::view);
    }

    /**
     * A page of the clients the viewer may see, with the red-flag and soreness markers of those who share.
     *
     * @throws ClientNotFound if the viewer is not on the practice's staff
     */
    @Transactional(readOnly = true)
    public ClientPage clients(AccountId viewer, ClientQuery query) {
        var staff = staff(viewer);
        var found = search.page(query, viewer, staff.practiceOwner());
        var shown = views(found.subList(0, Math.min(found.size(), query.size())));
        var names = therapistNames();
        var markers = shared.markers(sharingPeople(shown));
        var rows = shown.stream()
                .map(client -> new ClientPage.ClientRow(
                        client,
                        nameOf(client.therapist(), names),
                        client.sharing() && markers.redFlag().contains(linked(client)),
                        client.sharing() && markers.sorenessRose().contains(linked(client))))
                .toList();
        return new ClientPage(rows, query.page(), query.page() > 1, found.size() > query.size());
    }

    /**
     * The viewer's "today" panel, from their active clients who share with the practice (at most the
     * {@value #TODAY_CLIENTS} most recently seen).
     *
     * @throws ClientNotFound if the viewer is not on the practice's staff
     */
    @Transactional(readOnly = true)
    public TodayView today(AccountId viewer) {
        var staff = staff(viewer);
        var since = clock.instant().minus(java.time.Duration.ofDays(7));
        var query = new ClientQuery(null, ClientStatus.ACTIVE, null, 1, TODAY_CLIENTS);
        var sharing = views(search.page(query, viewer, staff.practiceOwner())).stream()
                .filter(ClientView::sharing)
                .toList();
        var flagsByPerson = shared.redFlagsSince(sharingPeople(sharing), since);
        var flags = sharing.stream()
                .flatMap(client -> flagsByPerson.getOrDefault(linked(client), java.util.List.of()).stream()
                        .map(flag -> new TodayView.RecentRedFlag(client, flag)))
                .sorted(java.util.Comparator.comparing((TodayView.RecentRedFlag recent) ->
                                recent.flag().shownAt())
                        .reversed())
                .toList();
        var rose = shared.sorenessRose(sharingPeople(sharing));
        var risen =
                sharing.stream().filter(client -> rose.contains(linked(client))).toList();
        return new TodayView(flags, risen);
    }

    /** Everyone on the staff (for the owner's filter and assigning), by id to name. */
    @Transactional(readOnly = true)
    public Map<AccountId, String> therapists(AccountId viewer) {
        staff(viewer);
        return identity.therapists().stream()
                .collect(Collectors.toMap(
                        AccountView::id,
                        t -> t.displayName() == null || t.displayName().isBlank() ? t.email() : t.displayName(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
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

    /**
     * Changes what the practice holds about a client, and whether the practice is treating them.
     *
     * @throws ClientNotFound if the viewer may not see the client
     * @throws InvalidClientDetails if the details break a rule; nothing changes
     */
    public ClientView changeClient(AccountId viewer, ClientId id, ClientDetails details, ClientStatus status) {
        var client = visible(id, viewer).orElseThrow(ClientNotFound::new);
        client.change(details, today());
        client.dischargeOrReactivate(status);
        return view(clients.save(client));
    }

    /**
     * The owner assigns a client to a therapist on the staff, or to nobody.
     *
     * @throws ClientNotFound if the owner may not see the client (it does not exist) or the therapist is not staff
     * @throws OwnerOnly if {@code owner} is a therapist but not the owner
     */
    public ClientView assign(AccountId owner, ClientId id, @Nullable AccountId therapist) {
        var client = visible(id, owner).orElseThrow(ClientNotFound::new);
        if (!staff(owner).practiceOwner()) {
            throw new OwnerOnly();
        }
        if (therapist != null) {
            staff(therapist);
        }
        client.assignTo(therapist);
        return view(clients.save(client));
    }

    /**
     * The client record: what the practice holds and, only while the person shares it, their own data. Opening a
     * person's own data is audited (who, whose, what, when) and shows in their recent activity.
     *
     * @throws ClientNotFound if the viewer may not see the client
     */
    public ClientRecordView record(AccountId viewer, ClientId id) {
        var client = visibleClient(id, viewer).orElseThrow(ClientNotFound::new);
        var therapist = nameOf(client.therapist(), therapistNames());
        if (!client.sharing()) {
            return new ClientRecordView(client, therapist, null);
        }
        var person = linked(client);
        events.publishEvent(new AuditEvent(viewer.value(), person.value(), AuditAction.CLIENT_DATA_VIEWED, null));
        return new ClientRecordView(client, therapist, shared.of(person));
    }

    /**
     * Mails the client a single-use link (a week) to link their own account: they sign up or in, and say yes on a
     * page that names what will be shared. A new invitation ends the ones before.
     *
     * @throws ClientNotFound if the viewer may not see the client
     * @throws CannotInvite if the client has no email address, or has linked an account already
     */
    public void inviteClient(AccountId viewer, ClientId id) {
        var client = visible(id, viewer).orElseThrow(ClientNotFound::new);
        var email = client.email();
        if (email == null || client.linkedAccount() != null) {
            throw new CannotInvite();
        }
        invitations.retireFor(id.value(), clock.instant());
        var issued = ClientInvitation.issue(id, email, viewer, clock);
        invitations.save(issued.invitation());
        mail.queue(Mail.of(
                email, "practice/clients/mail/invite-client", Map.of("link", "/practice/join/" + issued.secret())));
        events.publishEvent(new AuditEvent(viewer.value(), null, AuditAction.CLIENT_INVITED, null));
    }

    /** @throws InvalidToken unless the invitation link works (not used, not expired) */
    @Transactional(readOnly = true)
    public void checkInvitation(String secret) {
        invitation(secret);
    }

    /**
     * The signed-in person says yes to an invitation: their account is linked to the client record and their
     * consent to share with the practice is recorded. A person who is a client already keeps their one record.
     *
     * @throws InvalidToken if the link does not work (used, expired) or the record is linked to someone else
     */
    public void acceptInvitation(String secret, AccountId person) {
        var invitation = invitation(secret);
        if (invitations.useOnce(invitation.id(), clock.instant()) == 0) {
            throw new InvalidToken();
        }
        if (clients.findByAccountId(person.value()).isEmpty()) {
            var client = clients.findById(invitation.client().value()).orElseThrow(InvalidToken::new);
            if (!client.linkTo(person)) {
                throw new InvalidToken();
            }
            clients.save(client);
        }
        privacy.decide(person, Map.of(ConsentKind.SHARE_WITH_PRACTICE, true));
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
        var name =
                person.displayName() == null || person.displayName().isBlank() ? person.email() : person.displayName();
        // Only an address the person has proved is theirs may join them to a record the practice made: anyone can
        // sign up with a walk-in's address, and must not see (or be seen as) that client.
        var existing = person.emailVerified()
                ? clients.unlinkedWithEmail(person.email()).stream().findFirst()
                : Optional.<Client>empty();
        existing.ifPresentOrElse(
                client -> {
                    client.linkTo(person.id());
                    clients.save(client);
                },
                () -> clients.save(Client.linkedByConsent(person.id(), name, person.email(), clock.instant())));
    }

    private Optional<Client> visible(ClientId id, AccountId viewer) {
        var staff = identity.findAccount(viewer).filter(account -> account.role() == Role.THERAPIST);
        var owner = staff.map(AccountView::practiceOwner).orElse(false);
        return clients.findById(id.value()).filter(client -> client.visibleTo(viewer, staff.isPresent(), owner));
    }

    private ClientInvitation invitation(String secret) {
        return invitations
                .findByTokenHash(SingleUseSecret.hashOf(secret))
                .filter(invitation -> invitation.usable(clock))
                .orElseThrow(InvalidToken::new);
    }

    private AccountView staff(AccountId id) {
        return identity.findAccount(id)
                .filter(account -> account.role() == Role.THERAPIST)
                .orElseThrow(ClientNotFound::new);
    }

    private Map<AccountId, String> therapistNames() {
        return identity.therapists().stream()
                .collect(Collectors.toMap(
                        AccountView::id,
                        t -> t.displayName() == null || t.displayName().isBlank() ? t.email() : t.displayName(),
                        (a, b) -> a));
    }

    private static String nameOf(@Nullable AccountId therapist, Map<AccountId, String> names) {
        return therapist == null ? "" : names.getOrDefault(therapist, "");
    }

    private static AccountId linked(ClientView client) {
        return java.util.Objects.requireNonNull(client.linkedAccount(), "a sharing client is linked");
    }

    /** Views of many clients, with whether each shares read in one go (not once per client). */
    private java.util.List<ClientView> views(java.util.List<Client> page) {
        var linked = page.stream()
                .map(Client::linkedAccount)
                .filter(java.util.Objects::nonNull)
                .toList();
        var sharing = privacy.withConsent(linked, ConsentKind.SHARE_WITH_PRACTICE);
        return page.stream()
                .map(client -> client.view(client.linkedAccount() != null && sharing.contains(client.linkedAccount())))
                .toList();
    }

    private static java.util.List<AccountId> sharingPeople(java.util.List<ClientView> clients) {
        return clients.stream()
                .filter(ClientView::sharing)
                .map(ClientsService::linked)
                .toList();
    }

    private ClientView view(Client client) {
        var person = client.linkedAccount();
        return client.view(person != null && privacy.hasConsent(person, ConsentKind.SHARE_WITH_PRACTICE));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DefaultTimeZone.ZONE));
    }
}

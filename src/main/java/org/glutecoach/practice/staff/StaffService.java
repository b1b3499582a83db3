package org.glutecoach.practice.staff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.EmailAddress;
import org.glutecoach.identity.EmailAlreadyRegistered;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.InvalidCredentials;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.practice.staff.domain.StaffLink;
import org.glutecoach.practice.staff.domain.StaffLinkPurpose;
import org.glutecoach.practice.staff.domain.StaffLinks;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.SingleUseSecret;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works in the practice: its owner, set up once from a link printed to the log, and the therapists the owner
 * invites. The accounts are identity's; the links, and the rules about who may join, are the practice's.
 */
@Service
@Transactional
public class StaffService {

    private final StaffLinks links;
    private final IdentityService identity;
    private final MailOutbox mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffService(
            StaffLinks links,
            IdentityService identity,
            MailOutbox mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.identity = identity;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** A new one-time set-up link secret, or empty once the practice has its owner. */
    public Optional<String> issueOwnerSetUpLink() {
        if (identity.practiceOwnerExists()) {
            return Optional.empty();
        }
        var issued = StaffLink.issue(StaffLinkPurpose.SET_UP_OWNER, null, clock);
        links.save(issued.link());
        return Optional.of(issued.secret());
    }

    /** @throws InvalidToken unless the set-up link works and the practice has no owner yet */
    @Transactional(readOnly = true)
    public void checkOwnerSetUpLink(String secret) {
        setUpLink(secret);
    }

    /**
     * Creates the practice owner from the set-up link; the link, and every other one, stops working.
     *
     * @throws InvalidToken if the link does not work (used, expired, or the practice has an owner)
     * @throws InvalidCredentials if the address or password breaks the rules
     * @throws EmailAlreadyRegistered if an account already uses the address
     */
    public AccountView setUpOwner(String secret, RegisterAccount command, @Nullable String displayName) {
        var link = setUpLink(secret);
        return refusedIfRaced(() -> {
            useOnce(link);
            return identity.createPracticeOwner(command, displayName);
        });
    }

    /**
     * The practice owner invites a therapist: a mail with a link to choose a password. Nothing is said about
     * whether the address already has an account; if it has, the link will not work.
     *
     * @throws NotPracticeOwner unless {@code ownerId} is the practice owner
     * @throws InvalidCredentials if the address breaks the rules
     */
    public void inviteTherapist(AccountId ownerId, String email) {
        var owner = owner(ownerId);
        var address = EmailAddress.of(email).value();
        // One working invitation per address: a new one ends the earlier links.
        links.retireInvitationsTo(address);
        var issued = StaffLink.issue(StaffLinkPurpose.INVITE_THERAPIST, address, clock);
        links.save(issued.link());
        var from = owner.displayName() == null || owner.displayName().isBlank() ? owner.email() : owner.displayName();
        mail.queue(Mail.of(
                address,
                "practice/staff/mail/invite-therapist",
                Map.of("link", "/invite/" + issued.secret(), "from", from)));
        events.publishEvent(new AuditEvent(ownerId.value(), null, AuditAction.THERAPIST_INVITED, null));
    }

    /** Invitations whose links still work, to addresses that have no account yet; newest first. */
    @Transactional(readOnly = true)
    public List<InvitationView> openInvitations() {
        return links.openInvitations(clock.instant()).stream()
                .filter(link -> link.email() != null
                        && identity.accountWithEmail(link.email()).isEmpty())
                .map(link -> new InvitationView(link.id(), link.email(), link.createdAt(), link.expiresAt()))
                .toList();
    }

    /**
     * Sends an open invitation again: a fresh link by mail, and the old link stops working.
     *
     * @return false if there is no such open invitation (used, withdrawn or expired)
     * @throws NotPracticeOwner unless {@code ownerId} is the practice owner
     */
    public boolean resendInvitation(AccountId ownerId, UUID invitationId) {
        var invitation = openInvitation(invitationId);
        invitation.ifPresent(open -> inviteTherapist(ownerId, open.email()));
        return invitation.isPresent();
    }

    /**
     * Withdraws an open invitation: its link stops working at once. Audited.
     *
     * @return false if there is no such open invitation
     * @throws NotPracticeOwner unless {@code ownerId} is the practice owner
     */
    public boolean withdrawInvitation(AccountId ownerId, UUID invitationId) {
        owner(ownerId);
        var invitation = openInvitation(invitationId);
        invitation.ifPresent(open -> {
            links.retireInvitationsTo(open.email());
            events.publishEvent(
                    new AuditEvent(ownerId.value(), null, AuditAction.THERAPIST_INVITATION_WITHDRAWN, null));
        });
        return invitation.isPresent();
    }

    /**
     * The invited address, if the invitation link still works.
     *
     * @throws InvalidToken if it does not (used, withdrawn, expired, or the address has an account by now)
     */
    @Transactional(readOnly = true)
    public String checkInvitation(String secret) {
        return invitedAddress(invitation(secret));
    }

    /**
     * Creates the invited therapist's account; the link is used up.
     *
     * @throws InvalidToken if the link does not work
     * @throws InvalidCredentials if the password breaks the rules
     */
    public AccountView acceptInvitation(String secret, String password, @Nullable String displayName) {
        var link = invitation(secret);
        var command = new RegisterAccount(invitedAddress(link), password);
        try {
            return refusedIfRaced(() -> {
                useOnce(link);
                return identity.createTherapist(command, displayName);
            });
        } catch (EmailAlreadyRegistered takenMeanwhile) {
            // The address got an account since the link was checked: the invitation no longer works.
            throw new InvalidToken();
        }
    }

    /** Everyone on the staff (the owner among them), by address. */
    @Transactional(readOnly = true)
    public List<AccountView> therapists() {
        return identity.therapists();
    }

    private AccountView owner(AccountId id) {
        return identity.findAccount(id).filter(AccountView::practiceOwner).orElseThrow(NotPracticeOwner::new);
    }

    private Optional<InvitationView> openInvitation(UUID invitationId) {
        return openInvitations().stream()
                .filter(open -> open.id().equals(invitationId))
                .findFirst();
    }

    private StaffLink setUpLink(String secret) {
        var link = usable(secret, StaffLinkPurpose.SET_UP_OWNER);
        if (identity.practiceOwnerExists()) {
            throw new InvalidToken();
        }
        return link;
    }

    private StaffLink invitation(String secret) {
        return usable(secret, StaffLinkPurpose.INVITE_THERAPIST);
    }

    private String invitedAddress(StaffLink invitation) {
        var email = invitation.email();
        if (email == null || identity.accountWithEmail(email).isPresent()) {
            throw new InvalidToken();
        }
        return email;
    }

    private StaffLink usable(String secret, StaffLinkPurpose purpose) {
        return links.findByTokenHash(SingleUseSecret.hashOf(secret))
                .filter(link -> link.usableFor(purpose, clock))
                .orElseThrow(InvalidToken::new);
    }

    /** Uses the link, or refuses if another request used it first (the database decides; see the query). */
    private void useOnce(StaffLink link) {
        if (links.useOnce(link.id(), clock.instant()) == 0) {
            throw new InvalidToken();
        }
    }

    /**
     * Runs a one-time action; if a simultaneous request won (the database refused a second owner or a second use
     * of the link, or made this one wait and then gave up), this one is refused as a used link.
     */
    private static <T> T refusedIfRaced(Supplier<T> action) {
        try {
            return action.get();
        } catch (DataAccessException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof DataIntegrityViolationException || cause instanceof ConcurrencyFailureException) {
                    throw new InvalidToken();
                }
            }
            throw failed;
        }
    }
}

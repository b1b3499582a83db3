package org.glutecoach.practice.clients.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.shared.SingleUseLink;
import org.glutecoach.shared.SingleUseSecret;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A therapist's invitation to a client to link their account: a single-use link that works for a week. Only the
 * hash of its secret is stored; the secret exists once, in the mailed link.
 */
@Table("practice_client_invitations")
public class ClientInvitation extends SingleUseLink {

    public static final Duration LIFETIME = Duration.ofDays(7);

    private final UUID clientId;
    private final String email;
    private final UUID invitedBy;

    @PersistenceCreator
    ClientInvitation(UUID id, UUID clientId, String email, UUID invitedBy, SingleUseSecret secret) {
        super(id, secret);
        this.clientId = clientId;
        this.email = email;
        this.invitedBy = invitedBy;
    }

    /** A new invitation and its secret, which the caller puts in the mailed link and then forgets. */
    public record Issued(ClientInvitation invitation, String secret) {}

    public static Issued issue(ClientId client, String email, AccountId invitedBy, Clock clock) {
        var issued = SingleUseSecret.issue(LIFETIME, clock);
        var invitation =
                new ClientInvitation(UUID.randomUUID(), client.value(), email, invitedBy.value(), issued.stored());
        invitation.markNew();
        return new Issued(invitation, issued.secret());
    }

    public ClientId client() {
        return new ClientId(clientId);
    }
}

package org.glutecoach.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.glutecoach.identity.AccessTokenView;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.ApiCaller;
import org.glutecoach.identity.NewAccessToken;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.identity.domain.AccessTokens;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.glutecoach.shared.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens for the API: creating, listing, revoking, and recognising one on a request. */
@Service
@Transactional
public class ApiTokens {

    /** Marks our tokens, so a leaked one is easy to recognise (for example by secret scanners). */
    public static final String ACCESS_TOKEN_PREFIX = "gc_";

    private static final int MAX_TOKEN_NAME = 100;

    private final Accounts accounts;
    private final KnownAccounts known;
    private final AccessTokens accessTokens;
    private final ApplicationEventPublisher events;

    ApiTokens(Accounts accounts, KnownAccounts known, AccessTokens accessTokens, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.known = known;
        this.accessTokens = accessTokens;
        this.events = events;
    }

    /** A new personal access token for the API; its secret is in the result and nowhere else. */
    public NewAccessToken createAccessToken(AccountId id, String name, TokenScope scope) {
        var tokenName = name.strip();
        if (tokenName.isEmpty() || tokenName.length() > MAX_TOKEN_NAME) {
            throw new IllegalArgumentException("A token needs a name of 1 to " + MAX_TOKEN_NAME + " characters");
        }
        var secret = ACCESS_TOKEN_PREFIX + Secrets.random(32);
        var token = accessTokens.add(known.get(id).id(), tokenName, scope, secret);
        events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.ACCESS_TOKEN_CREATED));
        return new NewAccessToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<AccessTokenView> accessTokens(AccountId id) {
        return accessTokens.of(id.value());
    }

    /** Revokes one of the person's own tokens; false if they have none with that id. */
    public boolean revokeAccessToken(AccountId id, UUID tokenId) {
        var revoked = accessTokens.revoke(id.value(), tokenId);
        if (revoked) {
            events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.ACCESS_TOKEN_REVOKED));
        }
        return revoked;
    }

    /** The account and scope behind a token presented to the API, if it is one of ours. */
    public Optional<ApiCaller> authenticateAccessToken(String secret) {
        if (!secret.startsWith(ACCESS_TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return accessTokens
                .use(secret)
                .flatMap(holder -> accounts.findById(holder.accountId())
                        .map(account -> new ApiCaller(account.signedIn(), holder.scope())));
    }
}

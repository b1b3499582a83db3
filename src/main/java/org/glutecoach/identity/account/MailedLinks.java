package org.glutecoach.identity.account;

import java.time.Clock;
import java.util.Map;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.identity.domain.Account;
import org.glutecoach.identity.domain.IdentityToken;
import org.glutecoach.identity.domain.IdentityTokens;
import org.glutecoach.identity.domain.TokenPurpose;
import org.glutecoach.mail.Mail;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.shared.SingleUseSecret;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The single-use links identity mails (verify an address, reset a password): finding one and using it once. */
@Component
class MailedLinks {

    private final IdentityTokens tokens;
    private final MailOutbox mail;
    private final Clock clock;

    MailedLinks(IdentityTokens tokens, MailOutbox mail, Clock clock) {
        this.tokens = tokens;
        this.mail = mail;
        this.clock = clock;
    }

    /** @throws InvalidToken if the link is unknown, used, expired or for something else */
    IdentityToken usable(String secret, TokenPurpose purpose) {
        return tokens.findByTokenHash(SingleUseSecret.hashOf(secret))
                .filter(token -> token.usableFor(purpose, clock))
                .orElseThrow(InvalidToken::new);
    }

    /** Uses the link, or refuses if another request used it first (the database decides; see the query). */
    void useOnce(IdentityToken token) {
        if (tokens.useOnce(token.id(), clock.instant()) == 0) {
            throw new InvalidToken();
        }
    }

    /** Mails a verification link (for a new address when {@code newEmail} is set); earlier ones stop working. */
    void sendVerification(Account account, String to, @Nullable String newEmail) {
        tokens.retireAll(account.id(), TokenPurpose.VERIFY_EMAIL.name());
        var issued = IdentityToken.issue(TokenPurpose.VERIFY_EMAIL, account.id(), newEmail, clock);
        tokens.save(issued.token());
        var template = newEmail == null ? "identity/mail/verify-email" : "identity/mail/confirm-new-email";
        mail.queue(Mail.of(to, template, Map.of("link", "/verify-email?token=" + issued.secret()))
                .about(account.id()));
    }

    /** Mails a password-reset link; earlier ones stop working. */
    void sendReset(Account account) {
        tokens.retireAll(account.id(), TokenPurpose.RESET_PASSWORD.name());
        var issued = IdentityToken.issue(TokenPurpose.RESET_PASSWORD, account.id(), null, clock);
        tokens.save(issued.token());
        mail.queue(Mail.of(
                        account.email(),
                        "identity/mail/reset-password",
                        Map.of("link", "/reset-password?token=" + issued.secret()))
                .about(account.id()));
    }

    /** Ends every outstanding link of the account, whatever it was for. */
    void retireEveryLinkOf(Account account) {
        tokens.retireEveryLinkOf(account.id());
    }
}

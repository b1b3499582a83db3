package org.glutecoach.identity;

import java.util.LinkedHashMap;
import java.util.UUID;
import org.glutecoach.identity.domain.Accounts;
import org.glutecoach.mail.MailOutbox;
import org.glutecoach.shared.PersonalData;
import org.springframework.stereotype.Component;

/** Identity's part of the export: the account (never the password hash) and the mails sent to its address. */
@Component
class AccountData implements PersonalData {

    private final Accounts accounts;
    private final MailOutbox mail;

    AccountData(Accounts accounts, MailOutbox mail) {
        this.accounts = accounts;
        this.mail = mail;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object of(UUID accountId) {
        var account = accounts.findById(accountId).orElseThrow().view();
        var data = new LinkedHashMap<String, Object>();
        data.put("id", account.id().value());
        data.put("email", account.email());
        data.put("emailVerified", account.emailVerified());
        data.put("displayName", account.displayName());
        data.put("role", account.role());
        data.put("timeZone", account.timeZone().getId());
        data.put("createdAt", account.createdAt());
        data.put("mails", mail.mailsTo(account.email()));
        return data;
    }
}

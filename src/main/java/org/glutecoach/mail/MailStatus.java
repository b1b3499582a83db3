package org.glutecoach.mail;

import java.util.List;

/** Whether mail can go out at all, and what is waiting. */
public record MailStatus(boolean smtpConfigured, long waitingCount, List<WaitingMail> oldestWaiting) {

    public MailStatus {
        oldestWaiting = List.copyOf(oldestWaiting);
    }
}

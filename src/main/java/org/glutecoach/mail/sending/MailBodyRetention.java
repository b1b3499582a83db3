package org.glutecoach.mail.sending;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a sent mail keeps its bodies ({@code glutecoach.mail.keep-sent-bodies}, 7 days unless set): long enough
 * to answer "what did that mail say?" for a while, short enough that old links and lessons do not pile up. The row
 * itself (recipient, subject, dates) stays as the record, and goes with the account.
 */
@ConfigurationProperties("glutecoach.mail")
public record MailBodyRetention(Duration keepSentBodies) {

    public MailBodyRetention {
        if (keepSentBodies == null || keepSentBodies.isNegative()) {
            keepSentBodies = Duration.ofDays(7);
        }
    }
}

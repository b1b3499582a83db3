package org.glutecoach.shared;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings the whole application shares (README, "Settings"): {@code glutecoach.base-url},
 * {@code glutecoach.secret-key}, {@code glutecoach.data-dir}, {@code glutecoach.trusted-proxies} and the limits
 * under {@code glutecoach.limits}. Each module's own knobs live in its own settings record.
 *
 * @param baseUrl the public address ({@code GLUTECOACH_BASE_URL}); blank means this machine's port
 * @param secretKey the key that seals secrets ({@code GLUTECOACH_SECRET_KEY}); blank makes one with H2
 * @param dataDir where the embedded database and its key live ({@code GLUTECOACH_DATA_DIR})
 * @param trustedProxies comma-separated IP addresses whose forwarded headers are believed
 * @param limits how many confirmation mails and sign-ups are allowed
 */
@ConfigurationProperties("glutecoach")
public record SharedSettings(
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String secretKey,
        @Nullable Path dataDir,
        @DefaultValue("") String trustedProxies,
        @DefaultValue Limits limits) {

    /**
     * @param confirmationMailsPerDay confirmation mails (sign-up, enrolment) one address may get in a day
     * @param signUpsPerIp sign-ups or enrolments from one client IP in an hour
     */
    public record Limits(
            @DefaultValue("3") int confirmationMailsPerDay,
            @DefaultValue("10") int signUpsPerIp) {}
}

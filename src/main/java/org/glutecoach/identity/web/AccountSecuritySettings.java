package org.glutecoach.identity.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are hashed and how long a remembered sign-in lasts: {@code glutecoach.security.bcrypt-cost}
 * (chosen by measurement, see {@code PasswordHashBenchmark}) and {@code glutecoach.remember-me-days}
 * ({@code GLUTECOACH_REMEMBER_ME_DAYS}, checked when the cookie is set up).
 */
@ConfigurationProperties("glutecoach")
record AccountSecuritySettings(
        @DefaultValue Security security, @DefaultValue("30") int rememberMeDays) {

    record Security(@DefaultValue("10") int bcryptCost) {}
}

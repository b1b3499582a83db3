package org.glutecoach.identity.web;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The limits on signing in ({@code GLUTECOACH_SIGN_IN_*}): tries per address and per IP address in a quarter of
 * an hour, the first and the longest wait once an account's tries are used up, and how long a device that signed
 * in is remembered (it keeps its own tries while the account is under attack).
 */
@ConfigurationProperties("glutecoach.sign-in")
@Validated
record SignInSettings(
        @DefaultValue("5") @Min(1) int triesPerAddress,
        @DefaultValue("5") @Min(1) int triesPerIp,
        @DefaultValue("1m") Duration firstWait,
        @DefaultValue("1h") Duration longestWait,
        @DefaultValue("365") @Min(1) int deviceDays) {}

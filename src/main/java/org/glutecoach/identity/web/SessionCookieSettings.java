package org.glutecoach.identity.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The session cookie's name and SameSite value, as Spring Boot's own settings give them. */
@ConfigurationProperties("server.servlet.session.cookie")
record SessionCookieSettings(
        @DefaultValue("SESSION") String name,
        @DefaultValue("Lax") String sameSite) {}

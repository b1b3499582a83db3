package org.glutecoach.identity.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.util.StringUtils;

/**
 * "Keep me signed in": the session (in the database) and its cookie last {@code GLUTECOACH_REMEMBER_ME_DAYS}
 * (30 at most) instead of the visit. Spring Session's own cookie writer gives such a cookie the largest age there
 * is (it expired in 2094), so ours gives it the setting instead.
 */
@Configuration(proxyBeanMethods = false)
class RememberMeCookie {

    static final int MOST_DAYS = 30;

    @Bean
    SpringSessionRememberMeServices rememberMeServices(RememberMeDays days) {
        // Off unless the box is ticked.
        var rememberMe = new SpringSessionRememberMeServices();
        rememberMe.setRememberMeParameterName("remember-me");
        rememberMe.setValiditySeconds(days.seconds());
        return rememberMe;
    }

    @Bean
    RememberMeDays rememberMeDays(AccountSecuritySettings settings) {
        var days = settings.rememberMeDays();
        if (days < 1 || days > MOST_DAYS) {
            throw new IllegalStateException("GLUTECOACH_REMEMBER_ME_DAYS must be 1 to " + MOST_DAYS + ", not " + days);
        }
        return new RememberMeDays(days);
    }

    @Bean
    CookieSerializer sessionCookie(RememberMeDays days, SessionCookieSettings settings) {
        var serializer = new DefaultCookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue cookie) {
                if (cookie.getCookieMaxAge() < 0
                        && !cookie.getCookieValue().isEmpty()
                        && cookie.getRequest().getAttribute(SpringSessionRememberMeServices.REMEMBER_ME_LOGIN_ATTR)
                                != null) {
                    cookie.setCookieMaxAge(days.seconds());
                }
                super.writeCookieValue(cookie);
            }
        };
        serializer.setCookieName(settings.name());
        serializer.setUseHttpOnlyCookie(true);
        // Written as browsers document it ("Lax"), whatever the case of the setting.
        serializer.setSameSite(StringUtils.capitalize(settings.sameSite().toLowerCase(Locale.ROOT)));
        serializer.setRememberMeRequestAttribute(SpringSessionRememberMeServices.REMEMBER_ME_LOGIN_ATTR);
        return serializer;
    }

    /** How long a remembered sign-in lasts. */
    record RememberMeDays(int days) {

        int seconds() {
            return (int) Duration.ofDays(days).toSeconds();
        }
    }
}

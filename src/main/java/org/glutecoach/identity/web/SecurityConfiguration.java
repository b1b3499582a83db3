package org.glutecoach.identity.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glutecoach.identity.Role;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.identity.StaffOnlyPaths;
import org.glutecoach.identity.account.ApiTokens;
import org.glutecoach.shared.web.ClearSiteData;
import org.glutecoach.shared.web.Problems;
import org.glutecoach.shared.web.PublicPaths;
import org.glutecoach.shared.web.StaleFormPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Two filter chains: the JSON API is stateless (a personal access token on every request, no cookies, so no
 * CSRF to forge), and the pages use the shared database session with CSRF tokens on every form. Both send the same headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Pages of the layout, sign-in and operations; feature modules add theirs as {@link PublicPaths} beans. */
    private static final String[] PUBLIC_PAGES = {
        "/",
        "/sign-in",
        "/sign-up",
        "/sign-up/check-email",
        "/verify-email",
        "/forgot-password",
        "/reset-password",
        "/error",
        "/favicon.ico",
        "/assets/**",
        "/webjars/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/api-docs",
        "/problems/**",
        "/actuator/health",
        "/actuator/health/**"
    };

    @Bean
    PasswordEncoder passwordEncoder(AccountSecuritySettings settings) {
        var cost = settings.security().bcryptCost();
        // Hashes are stored as {bcrypt}…, so a later change of algorithm or cost keeps old hashes working; the
        // cost is chosen by measurement (PasswordHashBenchmark, docs/benchmarks.md).
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
    }

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        // Tracing every filter of the chain costs on every request, and nothing reads those traces yet.
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problems problems, List<PublicPaths> publicPaths, ApiTokens tokens)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**")
                            .permitAll();
                    publicPaths.stream()
                            .flatMap(paths -> paths.api().stream())
                            .forEach(call -> requests.requestMatchers(call.method(), call.pattern())
                                    .permitAll());
                    // A read-only token may read; changing anything needs a read-write token.
                    requests.requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(AccessTokenFilter.READ);
                    requests.requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority(AccessTokenFilter.READ);
                    requests.anyRequest().hasAuthority(AccessTokenFilter.WRITE);
                })
                .addFilterBefore(new AccessTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, denied) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(response, problems.forStatus(HttpStatus.UNAUTHORIZED));
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(response, problems.forStatus(HttpStatus.FORBIDDEN))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Never read the browser's session here: a cookie must not authenticate the API.
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return headers(http).build();
    }

    /**
     * The page to return to after signing in (both steps), kept in a cookie so an anonymous visit creates no
     * session row.
     */
    @Bean
    RequestCache pageRequestCache() {
        return new CookieRequestCache();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            List<StaffOnlyPaths> staffPaths,
            ObjectProvider<StaleFormPaths> staleForms,
            SignInHandlers signIn,
            SpringSessionRememberMeServices rememberMe,
            RequestCache requestCache,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings)
            throws Exception {
        var pages = Stream.concat(Stream.of(PUBLIC_PAGES), publicPaths.stream().flatMap(p -> p.pages().stream()))
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(pages)
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .denyAll();
                    // The one place roles are checked for pages: the owner's pages, then the rest of the staff's.
                    staffPaths.forEach(paths -> paths.owner()
                            .forEach(
                                    pattern -> requests.requestMatchers(pattern).hasAuthority(SignedInAccount.OWNER)));
                    staffPaths.forEach(paths -> paths.staff()
                            .forEach(
                                    pattern -> requests.requestMatchers(pattern).hasRole(Role.THERAPIST.name())));
                    requests.anyRequest().authenticated();
                })
                .formLogin(login -> login.loginPage("/sign-in")
                        .usernameParameter("email")
                        .successHandler(signIn.success(requestCache))
                        .failureHandler(signIn.failure())
                        .permitAll())
                .addFilterBefore(signIn.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new TwoStepGate(), AuthorizationFilter.class)
                .rememberMe(remember -> remember.rememberMeServices(rememberMe))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .addLogoutHandler((request, response, authentication) -> ClearSiteData.writeTo(response))
                        .logoutSuccessUrl("/?signed-out")
                        .deleteCookies("SESSION"))
                // Tokens and the page to return to live in cookies, so anonymous visits create no session row.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(publicPaths.stream()
                                .flatMap(p -> p.postsFromElsewhere().stream())
                                .toArray(String[]::new)))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new NotFoundOrSignIn(mappings, requestCache))
                                .accessDeniedHandler(new StaleFormHandler(
                                        staleForms.orderedStream().toList())));
        return headers(http).build();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .httpStrictTransportSecurity(Customizer.withDefaults()));
    }
}

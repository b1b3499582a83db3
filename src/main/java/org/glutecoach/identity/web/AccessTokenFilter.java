package org.glutecoach.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import org.glutecoach.identity.TokenScope;
import org.glutecoach.identity.account.ApiTokens;
import org.glutecoach.shared.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal access token>}. The token's scope
 * becomes an authority ({@code SCOPE_read}, {@code SCOPE_write}); a token that is not ours gets a 401 problem.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    static final String READ = "SCOPE_read";
    static final String WRITE = "SCOPE_write";
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final Problems problems;

    AccessTokenFilter(ApiTokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var caller =
                tokens.authenticateAccessToken(header.substring(BEARER.length()).strip());
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, problems.forStatus(HttpStatus.UNAUTHORIZED));
            return;
        }
        var account = caller.get().account();
        var authorities = new ArrayList<GrantedAuthority>(account.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(READ));
        if (caller.get().scope() == TokenScope.READ_WRITE) {
            authorities.add(new SimpleGrantedAuthority(WRITE));
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

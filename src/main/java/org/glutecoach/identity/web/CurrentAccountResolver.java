package org.glutecoach.identity.web;

import java.util.List;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.SignedInAccount;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one way web code gets the signed-in account: a {@code @CurrentAccount AccountView} parameter, loaded here
 * instead of {@code findAccount(…).orElseThrow()} in every handler.
 */
@Configuration(proxyBeanMethods = false)
class CurrentAccountResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static {
        // Filled in from the session, never sent by the caller: not a parameter of the API's documentation.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(CurrentAccount.class);
    }

    private final IdentityService identity;

    CurrentAccountResolver(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(CurrentAccount.class)
                && AccountView.class.equals(parameter.getParameterType());
    }

    @Override
    public AccountView resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount signedIn)) {
            throw new AccessDeniedException("Nobody is signed in");
        }
        // A session outliving its account (deleted in another tab) is refused like any anonymous request.
        return identity.findAccount(signedIn.accountId())
                .orElseThrow(() -> new AccessDeniedException("The account is gone"));
    }
}

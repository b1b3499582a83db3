package org.glutecoach.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glutecoach.identity.IdentityService;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * Lets the static fixtures, which are handed the {@link IdentityService} of a test's context, reach identity's
 * internal services of the same context (registrations, tokens, two-step sign-in) without every test passing
 * each of them. Picked up by component scanning in every test context.
 */
@Component
public class ContextBeans implements ApplicationContextAware {

    private static final Map<IdentityService, ApplicationContext> CONTEXTS = new ConcurrentHashMap<>();

    @Override
    public void setApplicationContext(ApplicationContext context) {
        CONTEXTS.put(context.getBean(IdentityService.class), context);
    }

    /** The bean of this type from the context the given identity service belongs to. */
    public static <T> T of(IdentityService identity, Class<T> type) {
        var context = CONTEXTS.get(identity);
        if (context == null) {
            throw new IllegalStateException("No test context holds this IdentityService");
        }
        return context.getBean(type);
    }
}

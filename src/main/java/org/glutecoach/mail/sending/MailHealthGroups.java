package org.glutecoach.mail.sending;

import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.stereotype.Component;

/**
 * Leaves the mail check ({@code smtp}) out of {@code /actuator/health} itself. Spring Boot counts every contributor in the
 * overall status; a named group cannot leave one out, so this wraps the primary group. Mail is still reported
 * in its own group, {@code /actuator/health/mail} ({@code management.endpoint.health.group.mail.include=smtp}).
 */
@Component
class MailHealthGroups implements HealthEndpointGroupsPostProcessor {

    static final String CONTRIBUTOR = "smtp";

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        var named = new HashMap<String, HealthEndpointGroup>();
        groups.getNames().forEach(name -> named.put(name, groups.get(name)));
        return HealthEndpointGroups.of(new WithoutMail(groups.getPrimary()), named);
    }

    private record WithoutMail(HealthEndpointGroup primary) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            return !CONTRIBUTOR.equals(name) && primary.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return primary.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return primary.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return primary.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return primary.getHttpCodeStatusMapper();
        }

        @Override
        public @Nullable AdditionalHealthEndpointPath getAdditionalPath() {
            return primary.getAdditionalPath();
        }
    }
}

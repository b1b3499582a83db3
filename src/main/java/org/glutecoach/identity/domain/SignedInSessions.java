package org.glutecoach.identity.domain;

import java.util.Comparator;
import java.util.List;
import org.glutecoach.identity.ActiveSession;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The shared database sessions of one account, found by the address it signed in with. */
@Component
public class SignedInSessions {

    /** Session attribute: the {@link Device} signed in from, as {@link Device#stored()}. */
    public static final String DEVICE = "glutecoach.device";

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public List<ActiveSession> of(String email, @Nullable String currentSessionId) {
        return sessions.findByPrincipalName(email).values().stream()
                .map(session -> {
                    var device = Device.fromStored(session.getAttribute(DEVICE));
                    return new ActiveSession(
                            session.getCreationTime(),
                            session.getLastAccessedTime(),
                            session.getId().equals(currentSessionId),
                            device.browser(),
                            device.system());
                })
                .sorted(Comparator.comparing(ActiveSession::lastActiveAt).reversed())
                .toList();
    }

    /** Ends every session of the account except the one given (null ends them all). */
    public int endAllExcept(String email, @Nullable String keptSessionId) {
        var ended = 0;
        for (var id : sessions.findByPrincipalName(email).keySet()) {
            if (!id.equals(keptSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}

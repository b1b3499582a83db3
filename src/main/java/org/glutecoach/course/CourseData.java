package org.glutecoach.course;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.course.domain.Enrolments;
import org.glutecoach.course.domain.LessonRecords;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.shared.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course's part of a person's export, and erasing it with their account. Apart from {@link CourseService},
 * so the export (in privacy) does not need the service that itself records consents through privacy.
 */
@Component
@Transactional
class CourseData implements PersonalData {

    private final Enrolments enrolments;
    private final LessonRecords records;
    private final IdentityService identity;

    CourseData(Enrolments enrolments, LessonRecords records, IdentityService identity) {
        this.enrolments = enrolments;
        this.records = records;
        this.identity = identity;
    }

    @Override
    public String section() {
        return "course";
    }

    @Override
    @Transactional(readOnly = true)
    public Object of(UUID accountId) {
        var account = identity.account(new AccountId(accountId));
        var own = account.emailVerified()
                ? enrolments.of(accountId, account.email())
                : enrolments.allMadeByAccount(accountId);
        return Map.of(
                "enrolments",
                own.stream()
                        .map(e -> {
                            var data = new HashMap<String, Object>();
                            data.put("email", e.email());
                            data.put("status", e.status());
                            data.put("delivery", e.delivery());
                            data.put("timeOfDay", e.timeOfDay().toString());
                            data.put("timeZone", e.timeZone().getId());
                            data.put(
                                    "startDate",
                                    e.startDate() == null ? null : e.startDate().toString());
                            data.put("createdAt", e.createdAt());
                            data.put("lessonsSent", records.deliveries(e.id()));
                            data.put("progress", records.progressOf(e.id()));
                            data.put("pausedBecause", e.pauseReason());
                            data.put("pausedAt", e.pausedAt());
                            return data;
                        })
                        .toList());
    }

    /** Erases the person's enrolments; one of an address the account never proved belongs to that address. */
    @EventListener
    void erase(AccountDeleted deleted) {
        if (deleted.emailVerified()) {
            enrolments.deleteFor(deleted.accountId().value(), deleted.email());
        } else {
            enrolments.deleteMadeByAccount(deleted.accountId().value());
        }
    }
}

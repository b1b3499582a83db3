package org.glutecoach.privacy.web;

import java.util.EnumMap;
import java.util.Map;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.KeptHealthData;
import org.jspecify.annotations.Nullable;

/**
 * Three separate tick boxes, none ticked in advance. A box left empty means "no". {@code startCourse} is not a
 * consent: with a yes to course emails, it starts the mini course in the same step. With the health box unticked,
 * {@code keptHealthData} says what becomes of what was kept (deleted unless the person chose otherwise). Public,
 * as the page reads {@link #wantsCourse()}.
 */
public record ConsentForm(
        @Nullable Boolean healthData,
        @Nullable Boolean shareWithPractice,
        @Nullable Boolean courseEmails,
        @Nullable Boolean startCourse,
        @Nullable KeptHealthData keptHealthData) {

    static ConsentForm of(Map<ConsentKind, Boolean> current) {
        return new ConsentForm(
                current.getOrDefault(ConsentKind.HEALTH_DATA, false),
                current.getOrDefault(ConsentKind.SHARE_WITH_PRACTICE, false),
                current.getOrDefault(ConsentKind.COURSE_EMAILS, false),
                false,
                KeptHealthData.DELETE);
    }

    public boolean wantsCourse() {
        return Boolean.TRUE.equals(startCourse);
    }

    /** Starting the course without saying yes to its emails cannot work: the lessons come by email. */
    boolean courseWithoutEmails() {
        return wantsCourse() && !Boolean.TRUE.equals(courseEmails);
    }

    KeptHealthData kept() {
        return keptHealthData == null ? KeptHealthData.DELETE : keptHealthData;
    }

    Map<ConsentKind, Boolean> choices() {
        var choices = new EnumMap<ConsentKind, Boolean>(ConsentKind.class);
        choices.put(ConsentKind.HEALTH_DATA, Boolean.TRUE.equals(healthData));
        choices.put(ConsentKind.SHARE_WITH_PRACTICE, Boolean.TRUE.equals(shareWithPractice));
        choices.put(ConsentKind.COURSE_EMAILS, Boolean.TRUE.equals(courseEmails));
        return choices;
    }
}

package org.glutecoach.selfcheck;

import java.util.Locale;
import org.glutecoach.selfcheck.domain.Phrase;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** Words phrases with the message files; values that are phrases themselves are worded first. */
final class SelfCheckWording {

    private final MessageSource messages;
    private final Locale locale;

    SelfCheckWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String text(Phrase phrase) {
        var args = phrase.args().stream()
                .map(arg -> arg instanceof Phrase inner ? text(inner) : arg)
                .toArray();
        return messages.getMessage(phrase.key(), args, locale);
    }

    String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    @Nullable
    String textOrNull(String key) {
        return messages.getMessage(key, null, null, locale);
    }
}

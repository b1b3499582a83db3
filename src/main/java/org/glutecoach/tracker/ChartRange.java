package org.glutecoach.tracker;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The periods the charts offer, each ending on the person's today. */
public enum ChartRange {
    FOUR_WEEKS("4w", 28),
    THREE_MONTHS("3m", 91),
    ONE_YEAR("1y", 365),
    ALL("all", 0);

    private final String code;
    private final int days;

    ChartRange(String code, int days) {
        this.code = code;
        this.days = days;
    }

    public String code() {
        return code;
    }

    /** The first day of the range; for {@link #ALL}, the person's first logged day (today if none). */
    public LocalDate from(LocalDate today, @Nullable LocalDate firstLogged) {
        if (this == ALL) {
            return firstLogged == null || firstLogged.isAfter(today) ? today : firstLogged;
        }
        return today.minusDays(days - 1L);
    }

    /** The range for a code ({@code 4w}, {@code 3m}, {@code 1y}, {@code all}); four weeks for anything else. */
    public static ChartRange ofCode(@Nullable String code) {
        for (var range : values()) {
            if (range.code.equals(code)) {
                return range;
            }
        }
        return FOUR_WEEKS;
    }
}

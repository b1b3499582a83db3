package org.glutecoach.timer.web;

import org.glutecoach.shared.web.OfflineAssets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The addresses of the timer pages' ES modules (ADR 11, ADR 18), or {@code null} for one not in this build, so a
 * page never links a script that is not there. The browser side lives in {@code modules/timer/}.
 */
@Component
class TimerScript {

    static final String TIMER_PAGE = "timer/timer-page.js";
    static final String SETTINGS_PAGE = "timer/settings-page.js";
    static final String STATS_PAGE = "timer/stats-page.js";

    private final OfflineAssets assets;

    TimerScript(OfflineAssets assets) {
        this.assets = assets;
    }

    @Nullable
    String address() {
        return addressOf(TIMER_PAGE);
    }

    @Nullable
    String settingsAddress() {
        return addressOf(SETTINGS_PAGE);
    }

    @Nullable
    String statsAddress() {
        return addressOf(STATS_PAGE);
    }

    private @Nullable String addressOf(String module) {
        return new ClassPathResource("modules/" + module).exists() ? assets.module(module) : null;
    }
}

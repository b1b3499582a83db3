package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.glutecoach.practice.PracticeSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings records bind the names the README documents, and keep the defaults the app has always had. */
class SharedSettingsTests {

    @Test
    void bindsTheDocumentedNames() {
        var settings = bind(Map.of(
                "glutecoach.base-url",
                "https://coach.example",
                "glutecoach.secret-key",
                "abc",
                "glutecoach.data-dir",
                "/var/lib/glute",
                "glutecoach.trusted-proxies",
                "10.0.0.5",
                "glutecoach.limits.confirmation-mails-per-day",
                "5",
                "glutecoach.limits.sign-ups-per-ip",
                "20"));

        assertThat(settings.baseUrl()).isEqualTo("https://coach.example");
        assertThat(settings.secretKey()).isEqualTo("abc");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/glute"));
        assertThat(settings.trustedProxies()).isEqualTo("10.0.0.5");
        assertThat(settings.limits().confirmationMailsPerDay()).isEqualTo(5);
        assertThat(settings.limits().signUpsPerIp()).isEqualTo(20);
    }

    @Test
    void withNothingSetTheDefaultsAreThoseOfBefore() {
        var settings = bind(Map.of("glutecoach.data-dir", "./data"));

        assertThat(settings.baseUrl()).isEmpty();
        assertThat(settings.secretKey()).isEmpty();
        assertThat(settings.trustedProxies()).isEmpty();
        assertThat(settings.limits().confirmationMailsPerDay()).isEqualTo(3);
        assertThat(settings.limits().signUpsPerIp()).isEqualTo(10);
    }

    @Test
    void thePracticeReportLimitIsASettingWithItsDefault() {
        var binder = new Binder(new MapConfigurationPropertySource(Map.of("glutecoach.practice.name", "Back Room")));
        assertThat(binder.bindOrCreate("glutecoach.practice", PracticeSettings.class)
                        .reportsPerHour())
                .isEqualTo(20);

        var set = new Binder(new MapConfigurationPropertySource(Map.of("glutecoach.practice.reports-per-hour", "4")));
        assertThat(set.bindOrCreate("glutecoach.practice", PracticeSettings.class)
                        .reportsPerHour())
                .isEqualTo(4);
    }

    private static SharedSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("glutecoach", SharedSettings.class);
    }
}

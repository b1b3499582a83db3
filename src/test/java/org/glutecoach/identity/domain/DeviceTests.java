package org.glutecoach.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceTests {

    @Test
    void commonBrowsersAndDevicesAreNamed() {
        assertThat(Device.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo(new Device("Firefox", "Windows computer"));
        assertThat(Device.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
                .isEqualTo(new Device("Safari", "iPhone"));
        assertThat(Device.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/131.0.0.0 Mobile Safari/537.36"))
                .isEqualTo(new Device("Chrome", "Android phone"));
        assertThat(Device.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
                        + "Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
                .isEqualTo(new Device("Edge", "Mac"));
    }

    @Test
    void anUnknownOrMissingHeaderNamesNothingAndSurvivesStorage() {
        assertThat(Device.of(null)).isEqualTo(new Device(null, null));
        assertThat(Device.of("curl/8.5.0")).isEqualTo(new Device(null, null));
        var device = new Device("Firefox", null);
        assertThat(Device.fromStored(device.stored())).isEqualTo(device);
        assertThat(Device.fromStored(null)).isEqualTo(new Device(null, null));
    }
}

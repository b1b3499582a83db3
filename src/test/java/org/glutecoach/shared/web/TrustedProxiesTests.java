package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrustedProxiesTests {

    @Test
    void noProxyIsTrustedByDefaultNotEvenLoopback() {
        assertThat(TrustedProxies.pattern("")).isEmpty();
        assertThat(TrustedProxies.pattern(" , ")).isEmpty();
    }

    @Test
    void exactlyTheListedAddressesAreTrusted() {
        var trusted = Pattern.compile(TrustedProxies.pattern("10.0.0.5, ::1"));
        assertThat(trusted.matcher("10.0.0.5").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches())
                .as("IPv6 as Tomcat writes it")
                .isTrue();
        assertThat(trusted.matcher("10.0.0.50").matches()).isFalse();
        assertThat(trusted.matcher("10x0x0x5").matches())
                .as("dots are dots, not any character")
                .isFalse();
        assertThat(trusted.matcher("127.0.0.1").matches()).isFalse();
    }

    @Test
    void namesAndRangesAreRefusedAtStart() {
        assertThatThrownBy(() -> TrustedProxies.pattern("proxy.example.com")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TrustedProxies.pattern("10.0.0.0/8")).isInstanceOf(IllegalStateException.class);
    }
}

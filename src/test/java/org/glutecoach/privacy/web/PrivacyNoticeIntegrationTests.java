package org.glutecoach.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The privacy notice opens for anyone, and every page links to it from its footer. */
@IntegrationTest
class PrivacyNoticeIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anyoneCanReadTheNoticeWithoutSigningIn() {
        var page = Visitor.at(port).get("/privacy");

        assertThat(page.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).isEqualTo("How we use your information");
        assertThat(html.select("main a[href=/account/export]")).hasSize(1);
        assertThat(html.select("main a[href=/practice/contact]")).hasSize(1);
    }

    @Test
    void everyPageLinksToTheNotice() {
        for (var path : new String[] {"/", "/sign-up", "/self-check"}) {
            var footer = Jsoup.parse(Visitor.at(port).get(path).body()).select("footer a[href=/privacy]");
            assertThat(footer).as(path).hasSize(1);
        }
    }
}

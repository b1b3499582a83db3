package org.glutecoach.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.glutecoach.mail.Mail;
import org.glutecoach.shared.PublicAddress;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Rendering a kind of mail once and putting each person's values in gives what rendering it whole gives. */
class MailRendererTests {

    final MailRenderer renderer = renderer();

    @Test
    void personalValuesArePutInExactlyAsRenderingThemWouldPrintThem() {
        var shared = Map.<String, Object>of("title", "Day 3 & <more>");
        for (var person : new String[] {"Ann", "O'Brien & <Sons>", "Zoë \"Z\""}) {
            var personal = Map.of("link", "/course/lessons/3?e=" + person.length() + "&k=a'b", "name", person);
            var all = new HashMap<String, Object>(shared);
            all.putAll(personal);

            var once = renderer.render(
                    Mail.of("a@example.com", "test/mail/personal", shared).withPersonal(personal));
            var whole = renderer.render(Mail.of("a@example.com", "test/mail/personal", all));

            assertThat(once).isEqualTo(whole);
            assertThat(once.text()).contains("Hello " + person + ", this is for you.");
            assertThat(once.html()).doesNotContain("gcp");
        }
    }

    @Test
    void aTemplateThatChangesAPersonalValueIsRenderedWholeForEachPerson() {
        for (var person : new String[] {"Ann", "Bea"}) {
            var once = renderer.render(
                    Mail.of("a@example.com", "test/mail/shouting", Map.of()).withPersonal(Map.of("name", person)));
            assertThat(once.text().strip()).isEqualTo(person.toUpperCase(Locale.ROOT));
            assertThat(once.html()).contains("<p>" + person.toUpperCase(Locale.ROOT) + "</p>");
        }
    }

    private static MailRenderer renderer() {
        var messages = new StaticMessageSource();
        messages.addMessage("test.mail.personal.subject", Locale.UK, "Your day");
        messages.addMessage("test.mail.shouting.subject", Locale.UK, "Loud");
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var html = new SpringTemplateEngine();
        html.setTemplateResolver(resolver);
        html.setTemplateEngineMessageSource(messages);
        return new MailRenderer(html, messages, new PublicAddress("https://coach.example/", 8080));
    }
}

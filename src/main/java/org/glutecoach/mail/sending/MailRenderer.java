package org.glutecoach.mail.sending;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glutecoach.mail.Mail;
import org.glutecoach.shared.PublicAddress;
import org.glutecoach.shared.Secrets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail's HTML part with the application's Thymeleaf engine and its plain-text part with a second
 * engine in TEXT mode, both with the application's messages, in en-GB.
 */
@Component
public class MailRenderer {

    private static final Locale LOCALE = Locale.UK;
    /** Where a personal value goes: lower-case letters and digits, which no escaping changes; random per start. */
    private static final String PLACEHOLDER_MARK =
            "gcp" + Secrets.random(6).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT) + "x";

    /** Few kinds at a time (a lesson a day); a while after the last mail of a kind it goes. */
    private final Cache<Kind, Optional<RenderedMail>> rendered = Caffeine.newBuilder()
            .maximumSize(100)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    private final ITemplateEngine html;
    private final SpringTemplateEngine text;
    private final MessageSource messages;
    private final PublicAddress address;

    MailRenderer(ITemplateEngine html, MessageSource messages, PublicAddress address) {
        this.html = html;
        this.messages = messages;
        this.address = address;
        this.text = textEngine(messages);
    }

    /** The public address of this installation, without a trailing slash. */
    public String baseUrl() {
        return address.baseUrl();
    }

    /**
     * Renders a mail. One with {@link Mail#personal() personal values} is rendered once per kind (template,
     * variables and subject alike) with a placeholder for each personal value, and each person's values are put
     * into a copy; should a template have changed a placeholder instead of printing it, that mail is rendered
     * whole, the slow way.
     */
    public RenderedMail render(Mail mail) {
        if (mail.personal().isEmpty()) {
            return render(mail.template(), mail.variables(), mail.subjectArgs());
        }
        var kind = new Kind(
                mail.template(),
                mail.variables(),
                mail.subjectArgs(),
                mail.personal().keySet());
        var withPlaceholders = rendered.get(kind, this::renderWithPlaceholders);
        if (withPlaceholders.isEmpty()) {
            var all = new HashMap<String, Object>(mail.variables());
            all.putAll(mail.personal());
            return render(mail.template(), all, mail.subjectArgs());
        }
        var html = withPlaceholders.get().html();
        var text = withPlaceholders.get().text();
        for (var personal : mail.personal().entrySet()) {
            var placeholder = placeholder(personal.getKey());
            html = html.replace(placeholder, HtmlUtils.htmlEscape(personal.getValue(), "UTF-8"));
            text = text.replace(placeholder, personal.getValue());
        }
        return new RenderedMail(withPlaceholders.get().subject(), text, html);
    }

    private RenderedMail render(String template, Map<String, Object> variables, List<Object> subjectArgs) {
        var all = new HashMap<>(variables);
        all.put("baseUrl", address.baseUrl());
        var context = new Context(LOCALE, all);
        var subject = messages.getMessage(template.replace('/', '.') + ".subject", subjectArgs.toArray(), LOCALE);
        context.setVariable("subject", subject);
        return new RenderedMail(subject, text.process(template, context), html.process(template, context));
    }

    private Optional<RenderedMail> renderWithPlaceholders(Kind kind) {
        var variables = new HashMap<String, Object>(kind.variables());
        kind.personal().forEach(name -> variables.put(name, placeholder(name)));
        var mail = render(kind.template(), variables, kind.subjectArgs());
        var whole = mail.html() + mail.text();
        int printed = 0;
        for (var name : kind.personal()) {
            printed += occurrences(whole, placeholder(name));
        }
        // Every trace of a mark, in any case, must be a whole placeholder, or a template changed a personal value
        // (cut it, upper-cased it) and filling in the copy would be wrong.
        int traces = occurrences((whole + mail.subject()).toLowerCase(Locale.ROOT), PLACEHOLDER_MARK);
        return traces == 2 * printed ? Optional.of(mail) : Optional.empty();
    }

    private static String placeholder(String name) {
        return PLACEHOLDER_MARK + name + PLACEHOLDER_MARK;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** Mails that render alike but for their personal values. */
    private record Kind(
            String template, Map<String, Object> variables, List<Object> subjectArgs, Set<String> personal) {}

    private static SpringTemplateEngine textEngine(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}

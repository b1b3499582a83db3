package org.glutecoach.mail.sending;

import java.util.HashMap;
import java.util.Locale;
import org.glutecoach.mail.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
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

    private final ITemplateEngine html;
    private final SpringTemplateEngine text;
    private final MessageSource messages;
    private final String baseUrl;

    MailRenderer(ITemplateEngine html, MessageSource messages, @Value("${glutecoach.base-url}") String baseUrl) {
        this.html = html;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.text = textEngine(messages);
    }

    /** The public address of this installation, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public RenderedMail render(Mail mail) {
        var variables = new HashMap<>(mail.variables());
        variables.put("baseUrl", baseUrl);
        var context = new Context(LOCALE, variables);
        var subject = messages.getMessage(mail.template().replace('/', '.') + ".subject",
                mail.subjectArgs().toArray(), LOCALE);
        context.setVariable("subject", subject);
        return new RenderedMail(subject, text.process(mail.template(), context), html.process(mail.template(), context));
    }

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

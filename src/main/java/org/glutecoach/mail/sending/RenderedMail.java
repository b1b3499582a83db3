package org.glutecoach.mail.sending;

/** A mail as it will be sent: subject and both bodies. */
public record RenderedMail(String subject, String text, String html) {}

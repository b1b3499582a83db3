package org.glutecoach.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the test SMTP server's port before any test application context reads {@code spring.mail.port}: loading
 * {@link MailServer} sets it as a system property.
 */
public class MailPortListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        MailServer.port();
    }
}

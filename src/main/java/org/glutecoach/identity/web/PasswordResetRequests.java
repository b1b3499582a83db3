package org.glutecoach.identity.web;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.glutecoach.identity.account.Passwords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Forgotten password" requests, handled after the answer has gone: looking the address up, making a link and
 * queueing its mail take longer for a known address than for an unknown one, and an answer that waited for them
 * would tell which addresses have accounts (it did: 8 against 5 ms). The answer now costs the same either way.
 * The limits are checked before a request is handed over, so the queue stays short; were it ever full, the
 * request is handled on the caller's thread rather than lost.
 */
@Component
class PasswordResetRequests {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetRequests.class);

    private final Passwords passwords;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000),
            runnable -> {
                var thread = new Thread(runnable, "password-reset-requests");
                thread.setDaemon(true);
                return thread;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());

    PasswordResetRequests(Passwords passwords) {
        this.passwords = passwords;
    }

    void request(String email) {
        worker.execute(() -> {
            try {
                passwords.requestPasswordReset(email);
            } catch (RuntimeException failed) {
                log.warn("A password reset request could not be handled", failed);
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}

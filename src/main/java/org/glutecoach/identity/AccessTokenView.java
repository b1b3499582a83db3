package org.glutecoach.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal access token as its owner sees it later: never the secret itself. */
public record AccessTokenView(
        UUID id,
        String name,
        TokenScope scope,
        Instant createdAt,
        @Nullable Instant lastUsedAt) {}

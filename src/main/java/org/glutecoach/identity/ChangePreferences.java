package org.glutecoach.identity;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** New settings for one's own account: the name shown in the app and the time zone for reminders and charts. */
public record ChangePreferences(@Nullable String displayName, ZoneId timeZone) {}

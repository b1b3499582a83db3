package org.glutecoach.practice.clients.notes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the practice keeps a client's clinical record (client, notes, amendments) after the last contact:
 * {@code GLUTECOACH_RECORDS_RETENTION_YEARS}, 8 by default, following UK professional guidance for adults (ADR
 * 20). {@code dueSoonDays} is how far ahead the owner's page looks.
 */
@ConfigurationProperties("glutecoach.records.retention")
@Validated
public record RecordsRetentionSettings(
        @DefaultValue("8") @Min(1) @Max(100) int years,
        @DefaultValue("90") @Min(1) @Max(3650) int dueSoonDays) {}

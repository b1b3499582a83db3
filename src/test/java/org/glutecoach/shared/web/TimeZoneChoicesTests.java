package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeZoneChoicesTests {

    private static final List<String> REGIONS = List.of(
            "Africa",
            "America",
            "Antarctica",
            "Arctic",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific",
            "Other");

    @Test
    void onlyCanonicalNamesAreOfferedNeverLegacyAliases() {
        var offered = TimeZoneChoices.offered();
        assertThat(offered.ids())
                .contains(
                        "Europe/London",
                        "Europe/Dublin",
                        "Europe/Paris",
                        "Asia/Tokyo",
                        "America/New_York",
                        "Asia/Kolkata",
                        "UTC");
        // Aliases Java still knows, from the tz database's "backward" file and the old country zones.
        assertThat(offered.ids())
                .doesNotContain(
                        "US/Eastern",
                        "GB",
                        "Asia/Calcutta",
                        "America/Buenos_Aires",
                        "Asia/Saigon",
                        "Europe/Belfast",
                        "Etc/GMT+1",
                        "SystemV/EST5",
                        "Canada/Pacific",
                        "Japan",
                        "Australia/ACT",
                        "Asia/Katmandu",
                        "Atlantic/Faeroe",
                        "America/Godthab",
                        "EST",
                        "Zulu");
        assertThat(offered.ids())
                .allSatisfy(id -> assertThat(ZoneId.of(id).getId()).isEqualTo(id));
        assertThat(offered.ids()).hasSizeBetween(300, 500);
    }

    @Test
    void zonesAreGroupedByRegionAndNamedByPlace() {
        var regions = TimeZoneChoices.offered().regions();
        assertThat(regions)
                .extracting(TimeZoneChoices.Region::name)
                .isSubsetOf(REGIONS)
                .contains("Europe", "Other");
        regions.stream()
                .filter(r -> !r.name().equals("Other"))
                .forEach(region -> assertThat(region.zones())
                        .allSatisfy(zone -> assertThat(zone.id()).startsWith(region.name() + "/")));
        var europe = regions.stream()
                .filter(r -> r.name().equals("Europe"))
                .findFirst()
                .orElseThrow();
        assertThat(europe.zones()).contains(new TimeZoneChoices.Zone("Europe/London", "London"));
        var america = regions.stream()
                .filter(r -> r.name().equals("America"))
                .findFirst()
                .orElseThrow();
        assertThat(america.zones())
                .contains(new TimeZoneChoices.Zone("America/Argentina/Buenos_Aires", "Buenos Aires (Argentina)"));
    }

    record Stored(@KnownTimeZone(message = "unknown") String zone) {}

    @Test
    void aZoneStoredBeforeTheListStillValidatesButNonsenseDoesNot() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            assertThat(validator.validate(new Stored("US/Eastern"))).isEmpty();
            assertThat(validator.validate(new Stored("Asia/Calcutta"))).isEmpty();
            assertThat(validator.validate(new Stored("Europe/London"))).isEmpty();
            assertThat(validator.validate(new Stored("Mars/Olympus_Mons"))).hasSize(1);
        }
    }
}

package org.glutecoach.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * The time zones the pages offer, grouped by region: the current IANA names people recognise (one per country
 * and region, from the tz database's {@code zone.tab}, copied to {@code shared/time-zones.txt}), never legacy
 * aliases such as {@code US/Eastern}, {@code GB} or {@code Asia/Calcutta}, plus UTC. A zone stored before this
 * list existed stays valid ({@link KnownTimeZone} accepts every id Java knows); forms show it as it is.
 */
public final class TimeZoneChoices {

    /** One zone as the list shows it: {@code Europe/London} as "London". */
    public record Zone(String id, String label) {}

    /** A region ({@code Europe}, {@code America}, …) and its zones, sorted by label. */
    public record Region(String name, List<Zone> zones) {}

    private static final String UTC = "UTC";
    private static final TimeZoneChoices OFFERED = load();

    private final List<Region> regions;
    private final Set<String> ids;

    private TimeZoneChoices(List<Region> regions) {
        this.regions = List.copyOf(regions);
        this.ids = Set.copyOf(
                regions.stream().flatMap(r -> r.zones().stream()).map(Zone::id).toList());
    }

    public static TimeZoneChoices offered() {
        return OFFERED;
    }

    public List<Region> regions() {
        return regions;
    }

    public boolean offers(String id) {
        return ids.contains(id);
    }

    public Set<String> ids() {
        return ids;
    }

    private static TimeZoneChoices load() {
        var known = ZoneId.getAvailableZoneIds();
        var byRegion = new LinkedHashMap<String, List<Zone>>();
        read().stream()
                .filter(known::contains)
                .sorted()
                .forEach(id -> byRegion.computeIfAbsent(id.substring(0, id.indexOf('/')), region -> new ArrayList<>())
                        .add(zone(id)));
        byRegion.put("Other", new ArrayList<>(List.of(new Zone(UTC, UTC))));
        return new TimeZoneChoices(byRegion.entrySet().stream()
                .map(entry -> new Region(
                        entry.getKey(),
                        entry.getValue().stream()
                                .sorted(Comparator.comparing(Zone::label))
                                .toList()))
                .toList());
    }

    /** {@code America/Argentina/Buenos_Aires} as "Buenos Aires (Argentina)". */
    private static Zone zone(String id) {
        var parts = id.split("/");
        var place = parts[parts.length - 1].replace('_', ' ');
        return new Zone(id, parts.length > 2 ? place + " (" + parts[1].replace('_', ' ') + ")" : place);
    }

    private static List<String> read() {
        try (var in = new ClassPathResource("shared/time-zones.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("/"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The list of time zones is missing from the jar", e);
        }
    }
}

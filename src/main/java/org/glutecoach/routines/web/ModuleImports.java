package org.glutecoach.routines.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ES modules a page's module imports, directly or through others, read from the modules themselves. The page
 * names them all as {@code modulepreload} links, so the browser fetches them at once instead of one level of
 * imports at a time (Lighthouse's "network dependency tree" on the player page, docs/benchmarks.md).
 */
@Component
class ModuleImports {

    /** A static import at the start of a line; the modules import only by relative path. */
    private static final Pattern IMPORT =
            Pattern.compile("^import\\s[^;]*?\\sfrom\\s+\"(\\.{1,2}/[^\"]+\\.js)\"", Pattern.MULTILINE);

    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    /**
     * @param module a path under {@code modules/}, e.g. {@code routines/player-page.js}
     * @return the paths (under {@code modules/}) it needs, in the order they are found, without itself
     */
    List<String> of(String module) {
        return known.computeIfAbsent(module, ModuleImports::walk);
    }

    private static List<String> walk(String module) {
        var found = new LinkedHashSet<String>();
        var waiting = new ArrayDeque<String>(List.of(module));
        while (!waiting.isEmpty()) {
            var current = waiting.removeFirst();
            var imports = IMPORT.matcher(read(current));
            while (imports.find()) {
                var imported = URI.create(current).resolve(imports.group(1)).toString();
                if (!imported.equals(module) && found.add(imported)) {
                    waiting.addLast(imported);
                }
            }
        }
        return List.copyOf(found);
    }

    private static String read(String module) {
        try (var in = new ClassPathResource("modules/" + module).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the module " + module, unreadable);
        }
    }
}

package org.glutecoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house style keeps every page and API handler at ten lines or fewer: form handling and a call to the module's
 * service, the work itself in the service and the domain types. Counted on the formatted source, body only (the
 * lines between the braces), so a long parameter list does not count against a handler.
 */
class HandlersStayShortTests {

    static final int MOST_LINES = 10;

    private static final Set<String> HANDLER_ANNOTATIONS =
            Set.of("GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping", "RequestMapping");

    static {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    }

    @Test
    void everyHandlerHasTenLinesOrFewer() throws IOException {
        var tooLong = new ArrayList<String>();
        for (var source : sources()) {
            StaticJavaParser.parse(source).findAll(MethodDeclaration.class).stream()
                    .filter(HandlersStayShortTests::isHandler)
                    .forEach(handler -> handler.getBody().ifPresent(body -> {
                        var lines = body.getEnd().orElseThrow().line
                                - body.getBegin().orElseThrow().line
                                - 1;
                        if (lines > MOST_LINES) {
                            tooLong.add(source.getFileName() + " " + handler.getNameAsString() + ": " + lines);
                        }
                    }));
        }
        assertThat(tooLong).as("handlers longer than %d lines", MOST_LINES).isEmpty();
    }

    @Test
    void theCheckSeesHandlers() throws IOException {
        var handlers = 0L;
        for (var source : sources()) {
            handlers += StaticJavaParser.parse(source).findAll(MethodDeclaration.class).stream()
                    .filter(HandlersStayShortTests::isHandler)
                    .count();
        }
        // A parser or path mistake would find none and pass the rule above without checking anything.
        assertThat(handlers).isGreaterThan(100);
    }

    private static boolean isHandler(MethodDeclaration method) {
        return method.getAnnotations().stream()
                .anyMatch(annotation -> HANDLER_ANNOTATIONS.contains(annotation.getNameAsString()));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/glutecoach"))) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}

package org.glutecoach.course;

/**
 * One day of the course: its front matter ({@code day}, {@code title}, {@code minutes}, {@code routine},
 * {@code summary}, {@code task}) and its body as Markdown, HTML and plain text.
 */
public record Lesson(
        int day,
        String title,
        int minutes,
        String routine,
        String summary,
        String task,
        String markdown,
        String html,
        String text) {

    /** Whether the lesson has the person rolling or exercising (a {@code routine} other than {@code none}). */
    public boolean rollingOrExercise() {
        return !"none".equals(routine);
    }
}

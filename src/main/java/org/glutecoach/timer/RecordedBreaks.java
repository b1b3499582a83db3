package org.glutecoach.timer;

/**
 * What became of a list of events.
 *
 * @param recorded new events, now stored
 * @param repeated events already stored (the same id sent again), ignored
 * @param tooOld events older than the timer keeps ({@code TimerService.ACCEPTED_FOR}), ignored
 */
public record RecordedBreaks(int recorded, int repeated, int tooOld) {}

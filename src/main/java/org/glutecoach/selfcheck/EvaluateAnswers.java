package org.glutecoach.selfcheck;

import java.util.Map;

/** Evaluate these answers (question id to value) without storing anything. */
public record EvaluateAnswers(Map<String, ?> answers) {}

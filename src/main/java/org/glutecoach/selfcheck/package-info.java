/**
 * The self-check: a short questionnaire that screens for red flags first and always, then explains step by step,
 * with the person's own answers, which sitting and buttock-muscle patterns may play a part in their back ache,
 * and what to try. It never diagnoses, and a red flag always wins over every other result.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "privacy"})
@NullMarked
package org.glutecoach.selfcheck;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

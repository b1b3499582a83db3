/** The questionnaire, the answers, the red-flag screen and the rules that explain. Internal to selfcheck. */
@NullMarked
package org.glutecoach.selfcheck.domain;

import org.jspecify.annotations.NullMarked;

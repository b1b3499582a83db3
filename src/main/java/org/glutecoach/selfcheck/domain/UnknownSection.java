package org.glutecoach.selfcheck.domain;

import org.glutecoach.shared.GluteCoachException;

/** A step of the self-check named a section the questionnaire does not have (an edited or outdated form). */
public class UnknownSection extends GluteCoachException {

    public UnknownSection(String sectionId) {
        super("unknown-section", "No section " + sectionId + " in the questionnaire");
    }
}

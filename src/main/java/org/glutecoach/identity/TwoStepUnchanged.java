package org.glutecoach.identity;

import org.glutecoach.shared.GluteCoachException;

/**
 * Two-step sign-in cannot change as asked: it is on already (so it cannot be set up again), it is off (so there
 * are no recovery codes to renew), or the account must keep it (therapists see clients' health data).
 */
public class TwoStepUnchanged extends GluteCoachException {

    private TwoStepUnchanged(String problemType, String message) {
        super(problemType, message);
    }

    public static TwoStepUnchanged alreadyOn() {
        return new TwoStepUnchanged("two-step-already-on", "Two-step sign-in is on already");
    }

    public static TwoStepUnchanged off() {
        return new TwoStepUnchanged("two-step-off", "Two-step sign-in is off");
    }

    public static TwoStepUnchanged required() {
        return new TwoStepUnchanged("two-step-required", "Therapists must keep two-step sign-in on");
    }
}

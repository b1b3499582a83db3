package org.glutecoach.tracker;

/** How a person sat during the day; several may apply. The names are the values in the API and the CSV. */
public enum SittingHabit {
    WALLET_IN_BACK_POCKET,
    LEANING_TO_ONE_SIDE,
    LEGS_CROSSED,
    PERCHED_ON_EDGE,
    SLUMPED
}

package org.glutecoach.selfcheck;

/** How a question is answered. */
public enum QuestionType {
    YES_NO_NOT_SURE,
    SINGLE_CHOICE,
    MULTI_CHOICE,
    NUMBER
}

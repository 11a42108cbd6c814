package org.webhookorchestrator.webhook.grader;

/** The defects a deliberately broken test receiver can have, one at a time. */
enum Flaw {
    /** A correct receiver: the control, which must get no failure. */
    NONE,
    /** Accepts every POST without checking the signature. */
    SKIPS_VERIFICATION,
    /** Parses the body and verifies the signature over Jackson's re-serialization instead of the bytes received. */
    VERIFIES_RESERIALIZED_JSON,
    /** Verifies the signature but accepts any timestamp. */
    IGNORES_TIMESTAMPS,
    /** Processes every authentic delivery, duplicates included. */
    NO_DEDUPE,
    /** Processes (slowly) before answering, and records the key as seen only once processing is done. */
    PROCESSES_BEFORE_ACK_SLOWLY,
    /** Answers 500 when an authentic body is not JSON. */
    ANSWERS_5XX_ON_MALFORMED_JSON
}

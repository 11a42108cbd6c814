package org.webhookorchestrator.audit;

/** What verification found wrong, named for what happened to the log. */
public enum DamageKind {
    /** An entry's bytes changed: its hash no longer matches, it is not canonical JSON, or its link was rewritten. */
    EDITED,
    /** One or more entries are missing from the middle of the log. */
    REMOVED,
    /** A line that is not part of the chain sits between entries. */
    INSERTED,
    /** Entries are present but out of order. */
    REORDERED,
    /** Entries that a signed checkpoint covers are gone from the end. */
    TRUNCATED,
    /** The last line is incomplete, as a crash mid-write leaves it; opening the log moves it aside. */
    TORN_TAIL,
    /** A checkpoint's signature does not verify with the public key. */
    BAD_CHECKPOINT_SIGNATURE,
    /** The checkpoint file itself is damaged: unreadable line, broken checkpoint chain, shrinking size. */
    BAD_CHECKPOINT,
    /** The chain is whole but a signed checkpoint's root does not match: entries were rewritten and re-hashed. */
    REWRITTEN
}

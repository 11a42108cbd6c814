package org.webhookorchestrator.webhook.design;

/** Where a figure comes from: nothing in a design is a silent default. */
public enum Basis {
    /** A provider fact from the inventory, with its status and source keys. */
    fact,
    /** Computed by a named rule from stated inputs. */
    derived,
    /** Given by the caller in the design constraints. */
    constraint,
    /** A parameter of the design engine itself, with its rationale. */
    policy,
    /** Taken as true without a source; listed among the assumptions with its confidence. */
    assumption
}

package org.webhookorchestrator.webhook.validation;

/** The outcome of one checklist item. Not-observable is never counted as a pass. */
public enum ItemStatus {
    pass, fail, not_observable, not_applicable
}

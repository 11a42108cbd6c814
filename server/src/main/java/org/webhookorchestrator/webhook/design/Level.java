package org.webhookorchestrator.webhook.design;

/** Severity or likelihood of a risk or threat. */
public enum Level {
    low, medium, high
}

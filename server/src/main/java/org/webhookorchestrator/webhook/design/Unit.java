package org.webhookorchestrator.webhook.design;

/** The unit a figure is stated in; durations stay integral by choosing seconds or milliseconds. */
public enum Unit {
    s, ms, bytes, count, perSecond, httpStatus
}

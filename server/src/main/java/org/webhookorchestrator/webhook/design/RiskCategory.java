package org.webhookorchestrator.webhook.design;

/** Whose risk it is: the provider's behaviour, our operation, or an attacker's opportunity. */
public enum RiskCategory {
    vendor, operational, security
}

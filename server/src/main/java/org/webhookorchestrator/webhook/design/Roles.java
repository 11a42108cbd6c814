package org.webhookorchestrator.webhook.design;

/** The owner roles a design assigns work, risks and questions to; roles, never people. */
public final class Roles {

    public static final String INTEGRATION_OWNER = "integration owner";
    public static final String BACKEND = "backend engineer";
    public static final String PLATFORM = "platform engineer";
    public static final String SECURITY = "security engineer";
    public static final String SRE = "SRE on call";
    public static final String CONSUMER = "consumer service owner";
    public static final String QA = "QA engineer";
    public static final String RELEASE = "release manager";

    private Roles() {
    }
}

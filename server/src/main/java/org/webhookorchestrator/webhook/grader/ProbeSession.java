package org.webhookorchestrator.webhook.grader;

/**
 * The effects probe for one run: a client when the target names a probe that keeps the contract, otherwise the
 * reason the "processed once" cases cannot be observed.
 */
final class ProbeSession implements AutoCloseable {

    private final EffectsProbeClient client;
    private final String unusable;

    private ProbeSession(EffectsProbeClient client, String unusable) {
        this.client = client;
        this.unusable = unusable;
    }

    static ProbeSession open(GradeTarget target) throws Exception {
        if (target.probe().isEmpty()) {
            return new ProbeSession(null, "no effects probe was given");
        }
        EffectsProbeClient client = new EffectsProbeClient(target.probe().get());
        var problem = client.unusableBecause();
        if (problem.isPresent()) {
            client.close();
            return new ProbeSession(null, problem.get());
        }
        return new ProbeSession(client, null);
    }

    /** The client, or null when the probe is unusable. */
    EffectsProbeClient client() {
        return client;
    }

    String unusable() {
        return unusable;
    }

    @Override
    public void close() throws Exception {
        if (client != null) {
            client.close();
        }
    }
}

package org.webhookorchestrator.webhook.design.rules;

import java.util.ArrayList;
import java.util.List;
import org.webhookorchestrator.webhook.catalog.SchemeKind;
import org.webhookorchestrator.webhook.design.Derivation;
import org.webhookorchestrator.webhook.design.Figure;
import org.webhookorchestrator.webhook.design.Known;
import org.webhookorchestrator.webhook.design.ProviderProfile;
import org.webhookorchestrator.webhook.design.Term;
import org.webhookorchestrator.webhook.design.Unit;

/**
 * How secrets rotate without a rejected delivery. Old and new secret are both accepted for an overlap that lasts at
 * least as long as the provider may still retry a delivery signed before the switch (not every source says whether
 * retries are re-signed), and never less than a day.
 */
public final class RotationRule {

    public static final String NAME = "rotation-overlap";
    public static final String FORMULA = "overlap = max(horizon, overlapFloor)";
    static final Figure OVERLAP_FLOOR = Figure.policy(86400, Unit.s, "rotation-overlap-floor",
            "a day leaves room for a provider that switches secrets gradually and for a deployment to roll out");

    private RotationRule() {
    }

    public static Figure overlap(Figure horizon) {
        return Figure.derived(Math.max(horizon.seconds(), OVERLAP_FLOOR.value()), Unit.s, new Derivation(NAME,
                FORMULA, List.of(Term.of("horizon", horizon), Term.of("overlapFloor", OVERLAP_FLOOR))));
    }

    public static List<String> procedure(ProviderProfile p) {
        List<String> steps = new ArrayList<>();
        boolean sharedToken = p.schemeKind().map(k -> k.value() == SchemeKind.SHARED_TOKEN).orElse(false);
        boolean publicKey = p.schemeKind().map(k -> k.value() == SchemeKind.PUBLIC_KEY).orElse(false);
        if (publicKey) {
            steps.add("the provider holds the private key; configure its new public key or certificate beside the "
                    + "old one and accept a signature under either for the overlap");
        } else if (p.isTrue("signing.multipleSignatures")) {
            steps.add("the provider can send several signatures at once: accept the delivery when any one of them "
                    + "matches any configured secret");
            steps.add("generate the new secret at the provider, add its reference to the receiver; both are now "
                    + "accepted");
        } else {
            steps.add("the provider sends one " + (sharedToken ? "token" : "signature")
                    + " per delivery: the receiver holds the current and the previous secret and tries the current "
                    + "one first, then the previous");
            steps.add("add the new secret's reference to the receiver first, then switch the provider to it");
        }
        steps.add("keep the old secret accepted for the overlap, then remove its reference and revoke it at the "
                + "provider");
        steps.add("record each step (who, when, which reference; never the value) in the audit log");
        p.text("signing.rotation").map(Known::value)
                .ifPresent(note -> steps.add("the provider's own behaviour: " + note));
        return steps;
    }
}

package org.webhookorchestrator.skill.webhook;

import org.webhookorchestrator.webhook.inventory.Inventory;

/** The inventory as a person reads it: short, with what is unknown up front. */
final class InventoryMarkdown {

    private InventoryMarkdown() {
    }

    static String render(String id, Inventory inv) {
        StringBuilder md = new StringBuilder();
        md.append("# Webhook inventory `").append(id).append("`\n\n");
        md.append("**Project:** ").append(inv.project()).append("  \n**Objective:** ").append(inv.objective())
                .append("\n\n## Providers\n\n| requested | matched | facts known | open questions |\n|---|---|---|---|\n");
        for (Inventory.InventoriedProvider p : inv.providers()) {
            long known = p.facts().stream().filter(f -> f.status() != Inventory.FactStatus.unverified).count();
            md.append("| ").append(p.requestedName()).append(" | ")
                    .append(p.match() == Inventory.Match.catalog ? "`" + p.providerId() + "`" : "custom")
                    .append(" | ").append(known).append('/').append(p.facts().size())
                    .append(" | ").append(p.questions().size()).append(" |\n");
        }
        section(md, "Unknowns", inv.unknowns().stream()
                .map(u -> "`" + u.providerId() + "` " + u.fact() + ": " + u.consequence()).toList());
        section(md, "Gaps in the brief", inv.gaps().stream().map(g -> g.area() + ": " + g.question()).toList());
        section(md, "Assumptions", inv.assumptions().stream()
                .map(a -> a.statement() + " (confidence " + a.confidence() + "; " + a.basis() + ")").toList());
        for (Inventory.InventoriedProvider p : inv.providers()) {
            if (!p.questions().isEmpty()) {
                section(md, "Questions for " + p.displayName(), p.questions());
            }
        }
        md.append("\nNext: answer the gaps and questions, then design with this inventory's id.\n");
        return md.toString();
    }

    private static void section(StringBuilder md, String title, java.util.List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        items.forEach(i -> md.append("- ").append(i).append('\n'));
    }
}

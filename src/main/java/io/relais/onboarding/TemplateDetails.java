package io.relais.onboarding;

import java.util.List;

/** A template version with its items, in order. */
public record TemplateDetails(TemplateSummary summary, List<TemplateItemForm> items) {

    public TemplateForm toForm() {
        return new TemplateForm(summary.name(), summary.purpose(), summary.teamId(), summary.roleName(), items);
    }
}

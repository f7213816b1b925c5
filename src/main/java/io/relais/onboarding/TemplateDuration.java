package io.relais.onboarding;

/** How long a template's checklists took, start date to last item done (finished ones). */
public record TemplateDuration(String lineage, String templateName, long finished, double averageDays) {
}

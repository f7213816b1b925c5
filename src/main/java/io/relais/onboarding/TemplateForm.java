package io.relais.onboarding;

import java.util.List;

/**
 * A template as HR edits it: saving an existing template makes a new version.
 *
 * @param teamId the team it is meant for, or {@code null} for any
 * @param roleName the role it is meant for (e.g. "Développeur"), or {@code null} for any
 */
public record TemplateForm(String name, Purpose purpose, Long teamId, String roleName, List<TemplateItemForm> items) {

    public TemplateForm {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

package io.relais.onboarding;

import java.time.LocalDate;

/**
 * What HR picks to start a checklist.
 *
 * @param managerId {@code null}: the person's manager in the directory
 * @param itContactId who does the IT items; required when the template has any
 */
public record StartForm(Long personId, Long templateId, Long buddyId, Long managerId, Long itContactId,
        LocalDate startDate) {
}

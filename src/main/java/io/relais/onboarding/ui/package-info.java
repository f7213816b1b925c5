/** "My onboarding", one checklist, the HR dashboard and the templates editor. */
@NamedInterface("ui")
package io.relais.onboarding.ui;

import org.springframework.modulith.NamedInterface;

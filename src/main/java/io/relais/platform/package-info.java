/**
 * Shared kernel every feature may use: the data folder, the embedded database, time, roles,
 * translations, validation failures and reusable UI components. It depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.relais.platform;

import org.springframework.modulith.ApplicationModule;

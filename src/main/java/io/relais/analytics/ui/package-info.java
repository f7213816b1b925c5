/** The adoption dashboard and the "my async week" card the home page shows. */
@NamedInterface("ui")
package io.relais.analytics.ui;

import org.springframework.modulith.NamedInterface;

/** The notification bell the shell shows in its header. */
@NamedInterface("ui")
package io.relais.notifications.ui;

import org.springframework.modulith.NamedInterface;

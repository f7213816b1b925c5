/** The to-do list page and the "due today" list the home page shows. */
@NamedInterface("ui")
package io.relais.todo.ui;

import org.springframework.modulith.NamedInterface;

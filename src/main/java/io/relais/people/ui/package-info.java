/** The directory's views; other features link to them (the home page, notifications). */
@NamedInterface("ui")
package io.relais.people.ui;

import org.springframework.modulith.NamedInterface;

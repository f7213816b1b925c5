/** The document hub's views: list, reading, editing and history. */
package io.relais.docs.ui;

@org.springframework.modulith.NamedInterface("ui")
package io.relais.search.ui;

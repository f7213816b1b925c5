package io.relais;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import io.relais.platform.backup.BackupCommand;
import io.relais.platform.ui.RelaisChart;
import java.util.Map;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Relais: an async-first intranet portal.
 *
 * <p>{@code @Push} lets server-side events (notifications, long-running jobs) reach open tabs
 * without a reload.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://relais/relais.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (BackupCommand.requested(args)) {
            System.exit(BackupCommand.run(args)); // README "Backup and restore": runs instead of Relais
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Every page, the login page first, fetches the chart library in the background, so the
     * home page after signing in finds it in the browser cache.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink(RelaisChart.LIBRARY, Map.of("rel", "preload", "as", "script"));
    }
}

package io.relais.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training run of the production build's JVM AOT cache (ADR 0016): started with
 * {@code relais.aot-training=true} and {@code -XX:AOTCacheOutput}, Relais starts as usual, serves its
 * login page once so the web and Vaadin request paths are loaded too, then shuts down in order (the
 * embedded MariaDB included), and the JVM writes the cache of every class it loaded and linked.
 */
@Component
@ConditionalOnBooleanProperty("relais.aot-training")
class AotTrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(AotTrainingRun.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var context = (WebServerApplicationContext) event.getApplicationContext();
        int port = context.getWebServer().getPort();
        int status = requestLoginPage(port);
        log.info("AOT training run: GET /login answered {}; shutting down", status);
        System.exit(SpringApplication.exit(context, () -> status == 200 ? 0 : 1));
    }

    private static int requestLoginPage(int port) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .timeout(Duration.ofSeconds(60)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            log.warn("AOT training run: GET /login failed", e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

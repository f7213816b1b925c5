package io.relais.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The security headers of Vaadin's bootstrap pages (ADR 0023). Every page gets a fresh nonce: its
 * inline scripts carry it and the page's Content-Security-Policy allows exactly those, so no other
 * inline script or event handler runs. Vaadin writes these pages past Spring Security's header
 * writer (as found: the writer's {@code nosniff} and Referrer-Policy never reached them), so they
 * are set here too; {@code X-Frame-Options} comes from Vaadin itself ({@code vaadin.frameOptions}).
 */
@Component
class BootstrapPageHeaders implements VaadinServiceInitListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(BootstrapPageHeaders::stamp);
    }

    static void stamp(IndexHtmlResponse page) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        VaadinResponse response = page.getVaadinResponse();
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.forPage(nonce));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        page.getDocument().getElementsByTag("script").attr("nonce", nonce);
    }
}

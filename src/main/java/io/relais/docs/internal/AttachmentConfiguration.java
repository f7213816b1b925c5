package io.relais.docs.internal;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One size limit for attachments everywhere: the servlet container's multipart limits follow
 * {@code relais.attachments.max-size} (plus room for the multipart envelope), so a too-large
 * request is cut off by the container before the application reads it. This replaces Spring
 * Boot's {@code spring.servlet.multipart.*} settings.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

    private static final long ENVELOPE = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentProperties limits) {
        long maxSize = limits.maxSize().toBytes();
        return new MultipartConfigElement("", maxSize, maxSize + ENVELOPE, 0);
    }
}

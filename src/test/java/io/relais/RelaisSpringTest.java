package io.relais;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test configuration of the suite: every integration, browserless and browser
 * test uses exactly this, so Spring caches a single context and the JVM runs a single embedded
 * MariaDB (with the demo organisation) for all of them. Do not add per-test properties or mock
 * beans: that would start a second context and a second database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface RelaisSpringTest {
}

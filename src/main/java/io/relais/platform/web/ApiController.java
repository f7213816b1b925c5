package io.relais.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RestController;

/**
 * A JSON endpoint of the integration API. Map it under {@code /api/}: the API security chain
 * then authenticates it with personal API tokens (no session, no CSRF), and {@link
 * ApiExceptionHandler} turns refusals into translated JSON errors. Any module may add one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ApiController {

    @AliasFor(annotation = RestController.class)
    String value() default "";
}

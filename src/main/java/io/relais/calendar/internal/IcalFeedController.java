package io.relais.calendar.internal;

import io.relais.calendar.IcalLabels;
import io.relais.calendar.IcalService;
import io.relais.platform.i18n.RelaisI18NProvider;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ical/{token}.ics}: a person's feed for calendar clients, which cannot sign in; the
 * secret token is the credential. Unknown and revoked tokens answer 404, like any missing page.
 */
@RestController
class IcalFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final IcalService ical;
    private final RelaisI18NProvider i18n;

    IcalFeedController(IcalService ical, RelaisI18NProvider i18n) {
        this.ical = ical;
        this.i18n = i18n;
    }

    @GetMapping("/ical/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, Locale requested) {
        Locale locale = Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        return ical.feed(token, IcalLabels.translated(key -> i18n.getTranslation(key, locale)))
                .map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}

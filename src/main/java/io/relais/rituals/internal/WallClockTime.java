package io.relais.rituals.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalTime;

/** A ritual's wall-clock time as {@code HH:mm} text, untouched by the JDBC time zone. */
@Converter
class WallClockTime implements AttributeConverter<LocalTime, String> {

    @Override
    public String convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : time.withSecond(0).withNano(0).toString();
    }

    @Override
    public LocalTime convertToEntityAttribute(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}

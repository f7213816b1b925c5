package io.relais.onboarding.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Full names of directory people, in one query for a whole checklist (read-only). */
@Component
public class PersonNames {

    private final JdbcClient jdbc;

    PersonNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, String> of(Collection<Long> ids) {
        var wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, first_name, last_name from person where id in (:ids)").param("ids", wanted)
                .query(row -> {
                    names.put(row.getLong(1), row.getString(2) + " " + row.getString(3));
                });
        return names;
    }
}

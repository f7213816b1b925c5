package io.relais.demo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How each demo seeder knows it already ran: its main table has rows. The demo data is created
 * once per database, on the first start, and never touched again.
 */
final class DemoTables {

    private DemoTables() {
    }

    /** Whether {@code table} (a constant name from a seeder, never user input) has no row yet. */
    static boolean isEmpty(JdbcTemplate jdbc, String table) {
        Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null || rows == 0;
    }
}

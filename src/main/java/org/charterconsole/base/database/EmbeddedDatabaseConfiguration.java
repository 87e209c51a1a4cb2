package org.charterconsole.base.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * With no {@code spring.datasource.url}, the console runs on an embedded MariaDB under
 * {@code console.database.embedded-folder}. A configured URL points it at a real MariaDB server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @ConfigurationProperties("console.database")
    record EmbeddedDatabaseProperties(@DefaultValue("data/mariadb") Path embeddedFolder,
                                      @DefaultValue("0") int embeddedPort,
                                      @DefaultValue("charter") String embeddedName) {
    }

    @Bean
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        EmbeddedMariaDb server = EmbeddedMariaDb.startOrReuse(properties.embeddedFolder(), properties.embeddedPort());
        server.createDatabase(properties.embeddedName());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.embeddedName()));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}

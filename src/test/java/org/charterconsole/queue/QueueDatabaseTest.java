package org.charterconsole.queue;

import org.charterconsole.catalogue.ServiceCatalogue;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One JDBC slice on the real test MariaDB (Flyway applied) shared by the queue and catalogue tests,
 * so the context cache starts it once. No test transaction: the writers commit on their own threads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ServiceCatalogue.class, CallRecordStore.class, CallFigures.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public @interface QueueDatabaseTest {
}

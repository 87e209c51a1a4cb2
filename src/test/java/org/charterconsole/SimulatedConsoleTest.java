package org.charterconsole;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole console on a random port, connected over real TCP and AMI to the built-in simulator,
 * which generates no traffic of its own: the test drives every caller and agent (and the console
 * escalates nobody by itself). One shared
 * configuration, so every such test class reuses the same started application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "console.simulator.traffic=false",
        "console.routing.escalation.enabled=false",
        "console.simulator.start=2026-11-30T10:00",
        "console.pbx.resync-interval=2s",
        "console.pbx.ping-interval=2s",
        "console.pbx.reconnect-initial-delay=200ms",
        "console.pbx.reconnect-max-delay=2s"})
public @interface SimulatedConsoleTest {
}

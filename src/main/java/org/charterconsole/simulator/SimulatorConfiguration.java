package org.charterconsole.simulator;

import org.charterconsole.base.time.SimulatedClock;
import org.charterconsole.pbx.PbxEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In simulator mode (the default) the console's one {@link java.time.Clock} is the simulated
 * one, and the PBX endpoint is the simulator's own port. The simulator listens as soon as its
 * bean exists, so it is ready before the telephony adapter connects.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "console.pbx.mode", havingValue = "simulator", matchIfMissing = true)
public class SimulatorConfiguration {

    @Bean
    SimulatedClock clock(SimulatorProperties properties) {
        return properties.start()
                .map(start -> SimulatedClock.startingAt(start, properties.timeScale()))
                .orElseGet(() -> SimulatedClock.startingNow(properties.timeScale()));
    }

    @Bean(destroyMethod = "close")
    PbxSimulator pbxSimulator(SimulatorProperties properties, SimulatedClock clock) {
        return new PbxSimulator(properties, clock).start();
    }

    @Bean
    PbxEndpoint pbxEndpoint(PbxSimulator simulator) {
        return simulator.endpoint();
    }
}

package org.charterconsole.telephony;

import org.charterconsole.pbx.PbxEndpoint;
import org.charterconsole.pbx.PbxProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With a real Asterisk the endpoint comes from {@code console.pbx.*}; the simulator provides its own. */
@Configuration(proxyBeanMethods = false)
class TelephonyConfiguration {

    @Bean
    @ConditionalOnProperty(name = "console.pbx.mode", havingValue = "asterisk")
    PbxEndpoint asteriskEndpoint(PbxProperties properties) {
        return new PbxEndpoint(properties.host(), properties.port(), properties.username(), properties.secret());
    }
}

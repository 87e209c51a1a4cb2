package org.charterconsole.security;

import java.util.Optional;

/** What a signed-in principal carries besides its name and roles. */
public interface ConsolePrincipal {

    String displayName();

    Optional<String> agentInterface();
}

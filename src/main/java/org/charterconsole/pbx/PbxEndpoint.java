package org.charterconsole.pbx;

/**
 * The AMI endpoint the telephony adapter logs in to: a real Asterisk, or the built-in simulator
 * (which provides this bean itself with the port and one-time secret it listens with).
 */
public record PbxEndpoint(String host, int port, String username, String secret) {

    @Override
    public String toString() {
        return "PbxEndpoint[%s@%s:%d]".formatted(username, host, port);
    }
}

package org.charterconsole.security;

/** A user was disabled: published inside the transaction that disabled them. */
record UserDisabled(String username) {
}

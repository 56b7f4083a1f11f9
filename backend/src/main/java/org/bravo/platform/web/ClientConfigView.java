package org.bravo.platform.web;

/** What the web app needs before it can sign anyone in; public by nature. */
public record ClientConfigView(String keycloakUrl, String realm, String clientId) {}

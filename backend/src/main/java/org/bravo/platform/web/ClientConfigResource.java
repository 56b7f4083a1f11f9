package org.bravo.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bravo.platform.security.AuthConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Served at run time rather than baked into the web app's build, so one build runs against any Keycloak.
 */
@Path("/api/v1/config")
@Tag(name = "Platform")
@Produces(MediaType.APPLICATION_JSON)
public class ClientConfigResource {
    @Inject
    AuthConfig auth;

    @GET
    @PermitAll
    @Operation(summary = "Sign-in settings for the web app")
    public ClientConfigView config() {
        return new ClientConfigView(auth.publicUrl(), auth.realm(), auth.webClientId());
    }
}

package org.bravo.vote;

import java.time.Instant;

public record BravoGiver(String username, String displayName, String shop, Instant givenAt) {}

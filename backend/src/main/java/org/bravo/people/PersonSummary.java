package org.bravo.people;

/** A person next to their content: enough to show a name and link to the profile. */
public record PersonSummary(String username, String displayName, String shop) {}

package org.bravo.people;

/** A person as features store and check them: the stable subject plus what is shown. */
public record PersonRef(String subject, String username, String displayName, String shop) {
    public PersonSummary summary() {
        return new PersonSummary(username, displayName, shop);
    }
}

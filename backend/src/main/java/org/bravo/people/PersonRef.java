package org.bravo.people;

/**
 * A person as features store and check them: the stable subject plus what is shown.
 *
 * @param shop       code of the person's shop, null for head office or while they have not picked one
 * @param headOffice the person works at head office, for every shop
 */
public record PersonRef(String subject, String username, String displayName, String shop, boolean headOffice) {
    public PersonSummary summary() {
        return new PersonSummary(username, displayName, shop);
    }
}

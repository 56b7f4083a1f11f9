package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bravo.platform.security.AccountRestrictions;

@ApplicationScoped
public class SuspensionRestrictions implements AccountRestrictions {
    @Inject
    SuspensionService suspensions;

    @Override
    public Optional<Suspension> suspension(String subject) {
        return suspensions.current(subject).map(s -> new Suspension(s.until, s.reason));
    }
}

package org.bravo.vote.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BravoRepository implements PanacheRepositoryBase<Bravo, Bravo.Key> {
}

package org.bravo.people.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ShopChangeRequestRepository implements PanacheRepositoryBase<ShopChangeRequest, Long> {
}

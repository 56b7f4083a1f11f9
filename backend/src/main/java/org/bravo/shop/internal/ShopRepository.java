package org.bravo.shop.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ShopRepository implements PanacheRepositoryBase<Shop, String> {}

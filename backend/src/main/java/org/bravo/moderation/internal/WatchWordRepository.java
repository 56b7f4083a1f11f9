package org.bravo.moderation.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class WatchWordRepository implements PanacheRepositoryBase<WatchWord, Long> {}

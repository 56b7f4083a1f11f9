package org.bravo.media.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class VideoRepository implements PanacheRepositoryBase<Video, UUID> {}

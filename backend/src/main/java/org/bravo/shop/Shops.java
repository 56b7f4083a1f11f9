package org.bravo.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bravo.shop.internal.Shop;
import org.bravo.shop.internal.ShopRepository;

/** The shop directory as other features use it. */
@ApplicationScoped
public class Shops {
    @Inject
    ShopRepository shops;

    public Optional<ShopRef> find(String code) {
        return code == null ? Optional.empty() : shops.findByIdOptional(code).map(Shops::ref);
    }

    /** Whether a person may be placed in this shop: it exists and is active. */
    public boolean isOpen(String code) {
        return code != null && shops.findByIdOptional(code).map(s -> s.active).orElse(false);
    }

    /** Refs for many codes at once (one query), for lists of posts or people. */
    public Map<String, ShopRef> refs(Collection<String> codes) {
        Map<String, ShopRef> refs = new HashMap<>();
        if (codes.isEmpty()) {
            return refs;
        }
        for (Shop shop : shops.list("code in ?1", codes.stream().distinct().toList())) {
            refs.put(shop.code, ref(shop));
        }
        return refs;
    }

    /** Shops by name; the closed ones too when asked. */
    public List<ShopInfo> all(boolean includeInactive) {
        List<Shop> list = includeInactive ? shops.list("order by name") : shops.list("active = true order by name");
        return list.stream()
                .map(s -> new ShopInfo(s.code, s.name, s.city, s.region, s.active))
                .toList();
    }

    static ShopRef ref(Shop shop) {
        return new ShopRef(shop.code, shop.name);
    }
}

package org.bravo.shop.internal;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bravo.moderation.AuditLog;
import org.bravo.people.People;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.shop.CreateShopRequest;
import org.bravo.shop.PublishedPostCounts;
import org.bravo.shop.ShopView;
import org.bravo.shop.UpdateShopRequest;

@ApplicationScoped
public class ShopService {
    static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    @Inject
    ShopRepository shops;

    @Inject
    People people;

    @Inject
    PublishedPostCounts posts;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public List<ShopView> list(boolean includeInactive) {
        List<Shop> all = includeInactive
                ? shops.listAll(Sort.descending("active").and("name"))
                : shops.list("active", Sort.by("name"), true);
        Map<String, Long> members = people.countByShop();
        Map<String, Long> published = posts.countPublishedByShop();
        return all.stream().map(s -> view(s, members, published)).toList();
    }

    public ShopView get(String code) {
        Shop shop = require(code);
        return view(shop, people.countByShop(), posts.countPublishedByShop());
    }

    @Transactional
    public ShopView create(CreateShopRequest request) {
        FieldErrors errors = new FieldErrors()
                .required("code", request.code())
                .required("name", request.name())
                .maxLength("name", request.name(), 120)
                .required("city", request.city())
                .maxLength("city", request.city(), 120)
                .required("region", request.region())
                .maxLength("region", request.region(), 120);
        if (request.code() != null
                && !request.code().isBlank()
                && !CODE.matcher(request.code()).matches()) {
            errors.add("code", FieldCode.INVALID, "Lowercase letters, digits and dashes, 2 to 64 characters.");
        }
        errors.throwIfAny();
        if (shops.findByIdOptional(request.code()).isPresent()) {
            throw new ApiException(
                    409, ErrorCode.SHOP_CODE_TAKEN, "Conflict", "A shop already uses code " + request.code());
        }
        Shop shop = new Shop();
        shop.code = request.code();
        shop.name = request.name().strip();
        shop.city = request.city().strip();
        shop.region = request.region().strip();
        shop.createdAt = clock.instant();
        shops.persist(shop);
        ShopView created = view(shop, Map.of(), Map.of());
        audit.adminAction("shop.create", null, created);
        return created;
    }

    @Transactional
    public ShopView update(String code, UpdateShopRequest request) {
        Shop shop = require(code);
        Map<String, Long> members = people.countByShop();
        Map<String, Long> published = posts.countPublishedByShop();
        ShopView before = view(shop, members, published);
        new FieldErrors()
                .required("name", request.name())
                .maxLength("name", request.name(), 120)
                .required("city", request.city())
                .maxLength("city", request.city(), 120)
                .required("region", request.region())
                .maxLength("region", request.region(), 120)
                .throwIfAny();
        shop.name = request.name().strip();
        shop.city = request.city().strip();
        shop.region = request.region().strip();
        if (request.active() != null) {
            shop.active = request.active();
        }
        ShopView after = view(shop, members, published);
        audit.adminAction("shop.update", before, after);
        return after;
    }

    Shop require(String code) {
        return shops.findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound(ErrorCode.SHOP_NOT_FOUND, "No shop with code " + code));
    }

    private static ShopView view(Shop shop, Map<String, Long> members, Map<String, Long> published) {
        return new ShopView(
                shop.code,
                shop.name,
                shop.city,
                shop.region,
                shop.active,
                members.getOrDefault(shop.code, 0L),
                published.getOrDefault(shop.code, 0L));
    }
}

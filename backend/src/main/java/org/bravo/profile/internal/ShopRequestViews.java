package org.bravo.profile.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.people.ShopChange;
import org.bravo.people.ShopTarget;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.profile.ShopChoiceRequest;
import org.bravo.profile.ShopRequestView;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;

/** Shop choices read from requests, and shop change requests as the API shows them (people and shops by name). */
@ApplicationScoped
public class ShopRequestViews {
    @Inject
    People people;

    @Inject
    Shops shops;

    /** Head office, or an open shop: anything else is a 422 on {@code shop}. */
    public ShopTarget requireTarget(ShopChoiceRequest request) {
        boolean headOffice = request != null && Boolean.TRUE.equals(request.headOffice());
        String shop = request == null ? null : request.shop();
        FieldErrors errors = new FieldErrors();
        if (headOffice) {
            if (shop != null && !shop.isBlank()) {
                errors.add("shop", FieldCode.INVALID, "Head office or a shop, not both.");
            }
        } else {
            errors.required("shop", shop);
            if (errors.isEmpty() && !shops.isOpen(shop)) {
                errors.add("shop", FieldCode.UNKNOWN, "No open shop with this code.");
            }
        }
        errors.throwIfAny();
        return headOffice ? ShopTarget.headOfficeTarget() : ShopTarget.shop(shop);
    }

    public ShopRequestView view(ShopChange change) {
        return views(List.of(change)).get(0);
    }

    public List<ShopRequestView> views(List<ShopChange> changes) {
        Map<String, PersonSummary> persons =
                people.summaries(changes.stream().map(ShopChange::personSubject).toList());
        List<String> codes = new ArrayList<>();
        for (ShopChange change : changes) {
            codes.add(change.fromShop());
            codes.add(change.toShop());
        }
        Map<String, ShopRef> refs =
                shops.refs(codes.stream().filter(c -> c != null).distinct().toList());
        return changes.stream()
                .map(c -> new ShopRequestView(
                        c.id(),
                        persons.get(c.personSubject()),
                        ref(refs, c.fromShop()),
                        c.fromHeadOffice(),
                        ref(refs, c.toShop()),
                        c.toHeadOffice(),
                        c.status(),
                        c.createdAt(),
                        c.decidedAt(),
                        c.reason()))
                .toList();
    }

    /** Where a person works, for the audit log's before and after. */
    public static Map<String, Object> placement(String shop, boolean headOffice) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (headOffice) {
            map.put("headOffice", true);
        } else if (shop != null) {
            map.put("shop", shop);
        }
        return map.isEmpty() ? null : map;
    }

    private static ShopRef ref(Map<String, ShopRef> refs, String code) {
        return code == null ? null : refs.getOrDefault(code, new ShopRef(code, code));
    }
}

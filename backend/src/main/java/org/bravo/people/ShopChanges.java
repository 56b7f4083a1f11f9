package org.bravo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bravo.people.internal.Person;
import org.bravo.people.internal.PersonRepository;
import org.bravo.people.internal.ShopChangeRequest;
import org.bravo.people.internal.ShopChangeRequestRepository;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;

/**
 * Where people work, and their requests to work elsewhere. Callers check permissions and that a shop is open, and
 * tell the person of a decision; this keeps the rules every path shares: one pending request per person, and the
 * directory's shop is never overridden.
 */
@ApplicationScoped
public class ShopChanges {
    /** Why a request was declined when an admin placed the person elsewhere themselves. */
    public static final String SET_DIRECTLY = "An admin set where you work directly.";

    @Inject
    PersonRepository people;

    @Inject
    ShopChangeRequestRepository requests;

    @Inject
    Clock clock;

    /** The person's pending request, if they have one. */
    public Optional<ShopChange> pending(String subject) {
        return requests.find("personSubject = ?1 and status = ?2", subject, ShopChange.PENDING)
                .firstResultOptional()
                .map(ShopChanges::view);
    }

    /** Pending requests, oldest first, after the request {@code afterId} (a cursor; 0 for the first page). */
    public List<ShopChange> pending(long afterId, int limit) {
        return requests
                .find("status = ?1 and id > ?2 order by id", ShopChange.PENDING, afterId)
                .page(0, limit)
                .list()
                .stream()
                .map(ShopChanges::view)
                .toList();
    }

    public Optional<ShopChange> find(long id) {
        return requests.findByIdOptional(id).map(ShopChanges::view);
    }

    /** Places the person at once (a first choice, or changes without approval); withdraws their pending request. */
    @Transactional
    public PersonRef place(String subject, ShopTarget target) {
        Person person = people.findById(subject);
        requireNotFromDirectory(person);
        withdraw(subject);
        apply(person, target);
        return People.ref(person);
    }

    /**
     * An admin places the person at once, and settles their pending request in the same stroke so that it cannot be
     * approved later and send them back to an outdated choice: approved when they now work where they asked,
     * otherwise declined with {@link #SET_DIRECTLY}. The directory's shop stays refused unless the person stays put.
     */
    @Transactional
    public ShopMove move(String subject, ShopTarget target, String actorSubject) {
        Person person = people.findById(subject);
        PersonRef before = People.ref(person);
        if (!target.isWhere(before)) {
            requireNotFromDirectory(person);
        }
        apply(person, target);
        // Locked like an approval's or decline's, so that one of them racing this move finds it decided.
        ShopChange settled = requests.lockPending(subject)
                .map(request -> asked(request, target)
                        ? decide(request, ShopChange.APPROVED, actorSubject, null)
                        : decide(request, ShopChange.DECLINED, actorSubject, SET_DIRECTLY))
                .orElse(null);
        return new ShopMove(before, People.ref(person), settled);
    }

    /** Asks admins to move the person; replaces the person's pending request, if any. */
    @Transactional
    public ShopChange request(String subject, ShopTarget target) {
        Person person = people.findById(subject);
        requireNotFromDirectory(person);
        withdraw(subject);
        ShopChangeRequest request = new ShopChangeRequest();
        request.personSubject = subject;
        request.fromShop = person.shopCode;
        request.fromHeadOffice = person.headOffice;
        request.toShop = target.headOffice() ? null : target.shop();
        request.toHeadOffice = target.headOffice();
        request.status = ShopChange.PENDING;
        request.createdAt = clock.instant();
        requests.persist(request);
        return view(request);
    }

    /** Withdraws the person's pending request; false when there was none. */
    @Transactional
    public boolean withdraw(String subject) {
        long deleted = requests.delete("personSubject = ?1 and status = ?2", subject, ShopChange.PENDING);
        // The partial unique index sees the delete only once it reached the database.
        requests.flush();
        return deleted > 0;
    }

    /** Moves the person where they asked, and tells them. */
    @Transactional
    public ShopChange approve(long id, String actorSubject) {
        ShopChangeRequest request = requirePending(id);
        Person person = people.findById(request.personSubject);
        requireNotFromDirectory(person);
        apply(person, new ShopTarget(request.toShop, request.toHeadOffice));
        return decide(request, ShopChange.APPROVED, actorSubject, null);
    }

    /** Keeps the person where they are, and tells them why when the admin said so. */
    @Transactional
    public ShopChange decline(long id, String actorSubject, String reason) {
        return decide(requirePending(id), ShopChange.DECLINED, actorSubject, reason);
    }

    private ShopChange decide(ShopChangeRequest request, String status, String actorSubject, String reason) {
        request.status = status;
        request.decidedAt = clock.instant();
        request.decidedBy = actorSubject;
        request.reason = reason;
        return view(request);
    }

    private ShopChangeRequest requirePending(long id) {
        ShopChangeRequest request = requests.findById(id);
        if (request == null || requests.lockForDecision(request).isEmpty()) {
            throw ApiException.notFound(ErrorCode.SHOP_REQUEST_NOT_FOUND, "No shop change request " + id + ".");
        }
        if (!ShopChange.PENDING.equals(request.status)) {
            throw new ApiException(
                    409,
                    ErrorCode.SHOP_REQUEST_DECIDED,
                    "Conflict",
                    "This request was already " + request.status + ".");
        }
        return request;
    }

    /**
     * The directory's shop comes back at the person's next sign-in, so a change made here would silently undo itself:
     * refused, to be made in the directory instead.
     */
    private static void requireNotFromDirectory(Person person) {
        if (person.shopFromDirectory) {
            throw new ApiException(
                    409,
                    ErrorCode.SHOP_FROM_DIRECTORY,
                    "Conflict",
                    "This shop comes from the company directory; it is changed there, not in Bravo.");
        }
    }

    private static boolean asked(ShopChangeRequest request, ShopTarget target) {
        return request.toHeadOffice
                ? target.headOffice()
                : !target.headOffice() && request.toShop.equals(target.shop());
    }

    private static void apply(Person person, ShopTarget target) {
        person.headOffice = target.headOffice();
        person.shopCode = target.headOffice() ? null : target.shop();
    }

    private static ShopChange view(ShopChangeRequest r) {
        return new ShopChange(
                r.id,
                r.personSubject,
                r.fromShop,
                r.fromHeadOffice,
                r.toShop,
                r.toHeadOffice,
                r.status,
                r.createdAt,
                r.decidedAt,
                r.decidedBy,
                r.reason);
    }
}

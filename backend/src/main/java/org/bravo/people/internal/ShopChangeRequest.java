package org.bravo.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bravo.platform.sql.NumberedRow;

@Entity
@Table(name = "shop_change_request")
public class ShopChangeRequest extends NumberedRow {
    @Column(name = "person_subject", nullable = false)
    public String personSubject;

    @Column(name = "from_shop")
    public String fromShop;

    @Column(name = "from_head_office", nullable = false)
    public boolean fromHeadOffice;

    @Column(name = "to_shop")
    public String toShop;

    @Column(name = "to_head_office", nullable = false)
    public boolean toHeadOffice;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column
    public String reason;
}

package org.bravo.post.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.bravo.platform.sql.NumberedRow;

@Entity
@Table(name = "category")
public class Category extends NumberedRow {
    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;
}

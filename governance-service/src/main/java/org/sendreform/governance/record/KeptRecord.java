package org.sendreform.governance.record;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every record the partnership keeps by hand carries (actions, "we said / we did" items, QA reports): who
 * wrote it and when, who last changed it and when, and the version its ETag and If-Match stand for.
 */
@MappedSuperclass
public abstract class KeptRecord extends PanacheEntityBase {

    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public void created(String by, Instant at) {
        createdBy = by;
        createdAt = at;
    }

    public void updated(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }
}

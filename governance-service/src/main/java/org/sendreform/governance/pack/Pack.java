package org.sendreform.governance.pack;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An issued assurance pack: frozen as assembled; a re-issue for the same meeting is the next version. */
@Entity
public class Pack extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "meeting_id")
    public Long meetingId;
    public int version;
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "issued_at", insertable = false, updatable = false)
    public Instant issuedAt;
}

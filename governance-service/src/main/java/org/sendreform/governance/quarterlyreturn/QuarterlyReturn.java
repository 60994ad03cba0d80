package org.sendreform.governance.quarterlyreturn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A DfE quarterly return: a draft until every signing partner has signed, then frozen. */
@Entity
@Table(name = "quarterly_return")
public class QuarterlyReturn extends PanacheEntityBase {

    public enum Status {
        DRAFT, SIGNED_OFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String quarter;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "signed_off_at")
    public Instant signedOffAt;
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "return_signature", joinColumns = @JoinColumn(name = "return_id"))
    public List<Signature> signatures = new ArrayList<>();

    /** One partner's signature: by whom (user name), for which organisation, when. */
    @Embeddable
    public static class Signature {
        @Enumerated(EnumType.STRING)
        public Party party;
        public String organisation;
        @Column(name = "signed_by")
        public String signedBy;
        @Column(name = "signed_at")
        public Instant signedAt;
    }
}

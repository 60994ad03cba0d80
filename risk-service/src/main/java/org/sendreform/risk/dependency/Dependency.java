package org.sendreform.risk.dependency;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import org.hibernate.annotations.UpdateTimestamp;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.risk.register.Risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of the plan's cross-cutting programme dependencies (D-01 to D-06 in the seed); risks link to it by code. */
@Entity
public class Dependency extends PanacheEntityBase {

    @Id
    public String code;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public DependencyStatus status;
    @Column(name = "status_note")
    public String statusNote;
    public String owner;
    @Version
    public long version;
    @Column(name = "updated_at")
    @UpdateTimestamp
    public Instant updatedAt;

    public static Dependency byCode(String code) {
        return Dependency.<Dependency>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Dependency", code));
    }

    public static Dependency lockedByCode(String code) {
        return Dependency.<Dependency>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Dependency", code));
    }

    /** The risks linked to this dependency, by code. */
    public List<Risk> risks() {
        return Risk.list("select distinct r from Risk r join r.links l where l.kind = ?1 and l.targetCode = ?2 order by r.code",
                Risk.Link.Kind.DEPENDENCY, code);
    }
}

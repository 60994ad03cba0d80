package org.sendreform.metrics.lock;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "period_lock")
public class PeriodLock extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String period;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "measure_code")
    public String measureCode;
    public String reason;
    @Column(name = "locked_by")
    public String lockedBy;
    @Column(name = "locked_at", insertable = false, updatable = false)
    public Instant lockedAt;
    @Column(name = "unlocked_by")
    public String unlockedBy;
    @Column(name = "unlocked_at")
    public Instant unlockedAt;
    @Column(name = "unlock_reason")
    public String unlockReason;

    public boolean active() {
        return unlockedAt == null;
    }

    public static LockedPeriods activeLocks() {
        return new LockedPeriods(PeriodLock.<PeriodLock>list("unlockedAt is null").stream()
                .map(l -> new LockedPeriods.Lock(l.id, l.period, l.periodStart, l.periodEnd, l.measureCode, l.reason))
                .toList());
    }
}

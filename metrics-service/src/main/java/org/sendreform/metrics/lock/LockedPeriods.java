package org.sendreform.metrics.lock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sendreform.platform.period.Period;

/**
 * The active locks, and the rule for whether a value falls under one: a value's period lies within a locked
 * period (a locked quarter also locks its months), for the lock's measure or, with no measure, for every one.
 */
public record LockedPeriods(List<Lock> locks) {

    public record Lock(long id, String period, LocalDate start, LocalDate end, String measureCode, String reason) {
        public String describe() {
            return period + " is locked" + (measureCode == null ? "" : " for " + measureCode) + ": " + reason;
        }
    }

    public static final LockedPeriods NONE = new LockedPeriods(List.of());

    public Optional<Lock> lockFor(String measureCode, Period period) {
        return locks.stream()
                .filter(l -> l.measureCode() == null || l.measureCode().equals(measureCode))
                .filter(l -> !period.start().isBefore(l.start()) && !period.end().isAfter(l.end()))
                .findFirst();
    }
}

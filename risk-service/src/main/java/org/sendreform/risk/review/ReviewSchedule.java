package org.sendreform.risk.review;

import java.time.LocalDate;

import org.sendreform.risk.scoring.Rag;

/**
 * When a risk is next reviewed: at the frequency fixed for the risk, else at the one its assessed RAG calls for
 * (by default Red monthly, Amber two-monthly, Green quarterly: see docs/risks.md), counted from its last review or
 * re-score, or from the day it was raised. A review is overdue once its date has passed. Plain Java: no REST, no
 * persistence.
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    /** The frequency for each assessed RAG. The plan's in-between Amber/Green is reviewed as Amber. */
    public record ByRag(ReviewFrequency red, ReviewFrequency amber, ReviewFrequency green) {
        public ReviewFrequency of(Rag rag) {
            return switch (rag) {
                case RED -> red;
                case AMBER, AMBER_GREEN -> amber;
                case GREEN -> green;
            };
        }
    }

    /** The frequency in force: the one fixed for the risk, if any, else the one its assessed RAG calls for. */
    public static ReviewFrequency frequency(ReviewFrequency fixed, Rag assessed, ByRag byRag) {
        return fixed != null ? fixed : byRag.of(assessed);
    }

    /** The next review date, {@code frequency} after {@code from} (the end of a shorter month when the day is missing). */
    public static LocalDate next(LocalDate from, ReviewFrequency frequency) {
        return from.plusMonths(frequency.months());
    }

    /** Overdue once the review date has passed: a review due today is not overdue yet. */
    public static boolean overdue(LocalDate nextReview, LocalDate today) {
        return nextReview != null && nextReview.isBefore(today);
    }
}

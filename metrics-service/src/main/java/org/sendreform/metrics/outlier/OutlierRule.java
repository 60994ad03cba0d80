package org.sendreform.metrics.outlier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a value stands out from the values before it (modified z-score, Iglewicz and Hoaglin): with at
 * least {@link #MIN_HISTORY} of the last {@link #WINDOW} values, |0.6745·(x − median) / MAD| above 3.5 is an
 * outlier. When more than half the history equals its median (MAD = 0) the mean absolute deviation stands in
 * (score (x − median) / (1.253314·meanAD)); when the history is constant, a value more than 25% away from it
 * (or anything but 0 after zeros) is flagged, with no score. Plain Java, so the rule can be read and tested alone.
 */
public final class OutlierRule {

    public static final int WINDOW = 8;
    public static final int MIN_HISTORY = 4;
    static final BigDecimal LIMIT = new BigDecimal("3.5");
    private static final BigDecimal MAD_SCALE = new BigDecimal("0.6745");
    private static final BigDecimal MEAN_AD_SCALE = new BigDecimal("1.253314");
    private static final BigDecimal CONSTANT_SHARE = new BigDecimal("0.25");
    private static final MathContext MC = MathContext.DECIMAL64;

    /** Why a value is flagged: the history's median, the score (null for a constant history) and a reason to read. */
    public record Finding(BigDecimal median, BigDecimal score, String reason) {
    }

    private OutlierRule() {
    }

    /** The finding, or null when the value is not an outlier or the history is too short to say. */
    public static Finding check(BigDecimal value, List<BigDecimal> history) {
        if (history.size() < MIN_HISTORY) {
            return null;
        }
        BigDecimal median = median(history);
        List<BigDecimal> deviations = new ArrayList<>(history.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal h : history) {
            BigDecimal d = h.subtract(median).abs();
            deviations.add(d);
            sum = sum.add(d);
        }
        BigDecimal mad = median(deviations);
        BigDecimal distance = value.subtract(median);
        String of = " of the last " + history.size() + " values";
        if (mad.signum() > 0 || sum.signum() > 0) {
            BigDecimal score = mad.signum() > 0
                    ? MAD_SCALE.multiply(distance).divide(mad, MC)
                    : distance.divide(MEAN_AD_SCALE.multiply(sum.divide(BigDecimal.valueOf(history.size()), MC)), MC);
            score = plain(score.setScale(2, RoundingMode.HALF_UP));
            if (score.abs().compareTo(LIMIT) <= 0) {
                return null;
            }
            return new Finding(plain(median), score, "modified z-score " + score.toPlainString() + " against the median "
                    + plain(median).toPlainString() + of + " (flagged above " + LIMIT + ")");
        }
        boolean far = median.signum() == 0 ? distance.signum() != 0
                : distance.abs().compareTo(median.abs().multiply(CONSTANT_SHARE)) > 0;
        return far ? new Finding(plain(median), null, "each" + of + " was " + plain(median).toPlainString()
                + "; this differs by more than 25%") : null;
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

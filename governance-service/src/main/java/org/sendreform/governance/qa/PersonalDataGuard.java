package org.sendreform.governance.qa;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A last line of defence against a child's identifier typed into a QA report's free text. QA reports hold aggregate
 * findings; the Board does not consider individual cases and no personal data about a child belongs in the platform.
 * Two identifiers have a shape a machine can recognise, and both are refused wherever they appear:
 * <ul>
 * <li>an <b>NHS number</b>: 10 digits, alone or written 3-3-4 with spaces or hyphens ({@code 943 476 5919}). Any
 * 10-digit run is refused, whether or not its check digit holds: a mistyped NHS number is still one;</li>
 * <li>a <b>unique pupil number</b> (UPN): a letter and 12 more characters, the first 11 of them digits and the last a
 * digit or, for a temporary UPN, a letter ({@code H801200001001}).</li>
 * </ul>
 * Names, dates of birth and case references have no such shape: the schema has no field for them and the rule is
 * written down for the people who write the reports. The answer never repeats the matched text, so it does not end up
 * in logs or error trackers. Plain Java.
 */
public final class PersonalDataGuard {

    static final Pattern NHS_NUMBER = Pattern.compile("(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])");
    static final Pattern UPN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][0-9]{11}[0-9A-Za-z](?![A-Za-z0-9])");

    private PersonalDataGuard() {
    }

    /** What the text seems to hold, as a message for the field; empty when it holds neither shape. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (NHS_NUMBER.matcher(text).find()) {
            return Optional.of("contains what looks like an NHS number (10 digits): QA reports hold aggregate findings, "
                    + "never a child's identifier");
        }
        if (UPN.matcher(text).find()) {
            return Optional.of("contains what looks like a unique pupil number (a letter and 12 characters): QA reports hold "
                    + "aggregate findings, never a child's identifier");
        }
        return Optional.empty();
    }
}

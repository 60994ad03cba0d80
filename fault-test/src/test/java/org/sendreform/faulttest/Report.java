package org.sendreform.faulttest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One line per scenario in target/fault-report.md: what was done, how often, and the result (docs/reliability.md). */
final class Report {

    private static final Path FILE = Path.of("target/fault-report.md");

    private Report() {
    }

    static synchronized void line(String scenario, String result) {
        String text = "- **" + scenario + "**: " + result + "\n";
        System.out.print("[fault-test] " + text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + FILE, e);
        }
    }
}

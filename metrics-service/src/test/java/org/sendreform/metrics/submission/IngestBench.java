package org.sendreform.metrics.submission;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendreform.metrics.TestMeasures;
import org.sendreform.metrics.measure.Unit;
import org.sendreform.platform.period.Period;

import io.quarkus.test.junit.QuarkusTest;

/**
 * In-process ingest benchmark, run by hand (tag "bench" is excluded from the build's test run):
 * {@code ./mvnw -B -ntp verify -pl platform,metrics-service -Dtest=IngestBench -Dbench.excluded=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. It calls {@link Submissions#submit} directly (no HTTP, no gateway)
 * against the test PostgreSQL and prints values/s of wall time and CPU: the submitting thread's (the submission's
 * own work, JDBC client included) and the whole JVM's (which also holds the test Kafka broker, GC and JIT).
 * It asserts nothing about speed: it is a measurement, not a test.
 */
@QuarkusTest
@Tag("bench")
class IngestBench {

    static final int BREAKDOWNS = 1000;
    static final Ingest.Submitter WHO = new Ingest.Submitter("bench", "bench-la", "bench");

    @Inject
    Submissions submissions;

    @Inject
    TestMeasures measures;

    final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    final List<String> report = new ArrayList<>();

    @Test
    void ingest() throws Exception {
        String warm = newMeasure();
        for (int i = 0; i < 3; i++) {
            submit(csv(warm, i * 10, 10, BREAKDOWNS, 0));
        }
        for (int i = 0; i < 20; i++) {
            submit(csv(warm, 30 + i, 1, 1, 0));
        }
        String m = newMeasure();
        report.add("| case | submissions | values | wall s | values/s | median ms | thread CPU s | values per thread CPU-s "
                + "| JVM CPU s | values per JVM CPU-s |");
        report.add("|---|---|---|---|---|---|---|---|---|---|");
        // months 0-249: five blocks of 50 months x 1,000 breakdowns, each after the stored history of the one before
        measure("50,000 new", IntStream.range(0, 5).mapToObj(i -> csv(m, i * 50, 50, BREAKDOWNS, 0)).toList());
        // the last two blocks again with other figures: every value an update, with its series' history in between
        measure("50,000 updated", IntStream.range(3, 5).mapToObj(i -> csv(m, i * 50, 50, BREAKDOWNS, 1)).toList());
        measure("1,000 new", IntStream.range(250, 270).mapToObj(month -> csv(m, month, 1, BREAKDOWNS, 0)).toList());
        measure("1 new", IntStream.range(0, 50).mapToObj(d -> csv(m, 270, 1, 1, d)).toList());
        String table = String.join("\n", report);
        System.out.println("\n" + table + "\n");
        Files.writeString(Path.of("target", "ingest-bench.md"), table + "\n");
    }

    private String newMeasure() {
        return measures.create(Unit.COUNT, Period.Kind.MONTH, List.of(WHO.org()),
                IntStream.range(0, BREAKDOWNS).mapToObj(d -> "d" + d).toList());
    }

    /**
     * {@code months} months from 2000-01 + {@code firstMonth}, each with {@code breakdowns} breakdowns (from d{@code shift}
     * when a single one); figures vary around 100 with an occasional spike, so some values are flagged.
     */
    static String csv(String measure, int firstMonth, int months, int breakdowns, int shift) {
        StringBuilder csv = new StringBuilder("measureCode,period,disaggregation,value\n");
        for (int month = firstMonth; month < firstMonth + months; month++) {
            String period = String.format("%d-%02d", 2000 + month / 12, month % 12 + 1);
            for (int b = 0; b < breakdowns; b++) {
                int d = breakdowns == 1 ? shift : b;
                int value = (d * 7 + month * 13) % 997 == 0 ? 1000 + shift : 100 + (d * 7 + month * 13 + shift) % 20;
                csv.append(measure).append(',').append(period).append(",d").append(d).append(',').append(value).append('\n');
            }
        }
        return csv.toString();
    }

    private Submissions.Result submit(String csv) {
        return submissions.submit(new Submissions.Request(csv.getBytes(StandardCharsets.UTF_8), true, SubmissionSummary.Mode.UPSERT,
                true, false, null), WHO, false);
    }

    private void measure(String name, List<String> bodies) {
        long[] millis = new long[bodies.size()];
        long values = 0;
        long wall = 0;
        long threadCpu = 0;
        long jvmCpu = 0;
        for (int i = 0; i < bodies.size(); i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long jvm0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            SubmissionSummary s = submit(bodies.get(i)).summary();
            long t = System.nanoTime() - t0;
            threadCpu += threads.getCurrentThreadCpuTime() - cpu0;
            jvmCpu += os.getProcessCpuTime() - jvm0;
            if (s.rejected() > 0 || s.imported() + s.updated() != s.received()) {
                throw new IllegalStateException(name + ": not every value was stored: " + s);
            }
            values += s.received();
            wall += t;
            millis[i] = t / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        report.add(String.format("| %s | %d | %,d | %.2f | %,.0f | %d | %.2f | %,.0f | %.2f | %,.0f |", name, bodies.size(), values,
                wall / 1e9, values / (wall / 1e9), millis[millis.length / 2], threadCpu / 1e9, values / (threadCpu / 1e9),
                jvmCpu / 1e9, values / (jvmCpu / 1e9)));
    }
}

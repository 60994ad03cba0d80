package org.sendreform.faulttest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Every topic replayed from offset 0 to risk-service and governance-service: their consumer groups reset to the
 * beginning (Kafka's admin API, as kafka-consumer-groups --reset-offsets --to-earliest does) while they are
 * stopped, then started again. Each event was already taken once (the inbox): the replay adds no signal and no
 * escalation, and changes no count of anything the consumers keep.
 */
class TopicReplayTest {

    static final List<String> GROUPS = List.of("risk-service", "governance-service");
    /** What the consumers' effects are counted by. */
    static final Map<String, String> COUNTS = new LinkedHashMap<>();
    static {
        COUNTS.put("risk signals", "select count(*) from risks.risk_signal");
        COUNTS.put("risk-service inbox", "select count(*) from risks.inbox_event");
        COUNTS.put("escalations", "select count(*) from governance.escalation");
        COUNTS.put("governance-service inbox", "select count(*) from governance.inbox_event");
        COUNTS.put("risk-service outbox", "select count(*) from risks.outbox_event");
        COUNTS.put("governance-service outbox", "select count(*) from governance.outbox_event");
    }

    @Test
    void replayFromOffsetZeroAddsNothing() throws Exception {
        String scenario = "Topics replayed from offset 0 to risk-service and governance-service";
        assertEquals(List.of(), EventFlow.problems(), "the event flow must be settled before the replay");
        Map<String, Long> before = counts();
        long replayed;
        try (Admin admin = Admin.create(adminConfig())) {
            for (String group : GROUPS) {
                Platform.control("stop", group);
            }
            replayed = 0;
            for (String group : GROUPS) {
                replayed += resetToZero(admin, group);
            }
            for (String group : GROUPS) {
                Platform.control("start", group);
            }
            for (String group : GROUPS) {
                awaitCaughtUp(admin, group, Duration.ofSeconds(120));
            }
        }
        Platform.pause(Duration.ofSeconds(5)); // anything doubled would have arrived by now
        assertEquals(before, counts(), scenario + ": the replay changed what the consumers keep");
        assertEquals(List.of(), EventFlow.problems(), scenario);
        Report.line(scenario, String.format("once; %,d records delivered again; no count changed: %s", replayed, before));
    }

    static Properties adminConfig() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Platform.KAFKA_PORT);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return p;
    }

    static Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : COUNTS.entrySet()) {
                try (ResultSet r = s.executeQuery(q.getValue())) {
                    r.next();
                    counts.put(q.getKey(), r.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Sets every partition the group has read to offset 0; returns how many records that makes it read again. */
    static long resetToZero(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
        long records = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
            zero.put(e.getKey(), new OffsetAndMetadata(0));
            records += e.getValue() == null ? 0 : e.getValue().offset();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(group, zero).all().get();
                return records;
            } catch (ExecutionException e) {
                // the group still has members until the stopped service's session ends
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Platform.pause(Duration.ofSeconds(2));
            }
        }
    }

    /** Waits until the group's committed offsets reach the end of every partition it reads. */
    static void awaitCaughtUp(Admin admin, String group, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            committed.keySet().forEach(tp -> ends.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(ends).all().get();
            long lag = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                long at = e.getValue() == null ? 0 : e.getValue().offset();
                lag += Math.max(0, end.get(e.getKey()).offset() - at);
            }
            if (lag == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(group + " did not catch up with the replay within " + within.toSeconds() + " s (lag " + lag + ")");
            }
            Platform.pause(Duration.ofSeconds(1));
        }
    }
}

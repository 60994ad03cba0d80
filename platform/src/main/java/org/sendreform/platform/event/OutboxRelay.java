package org.sendreform.platform.event;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends outbox events to the service's Kafka topic, oldest first, as CloudEvents 1.0 in binary mode (ce_*
 * headers, JSON data as the value, the aggregate id as the key). An idempotent producer (acks=all) and
 * marking events sent only after Kafka acknowledged them give at-least-once delivery in order per key;
 * consumers keep an inbox to take each event once. With several replicas only one relays at a time: each
 * round first takes a transaction-scoped advisory lock named after the topic, and a replica that cannot get it
 * skips the round. Two replicas sending different batches side by side could otherwise put a later event of an
 * item on Kafka before an earlier one during a backlog or a retry. When Kafka is down nothing is marked and the
 * next round retries.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "send.outbox.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "send.events.topic", defaultValue = "none")
    String topic;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "send.outbox.interval", defaultValue = "PT0.5S")
    Duration interval;

    private volatile ScheduledExecutorService scheduler;
    private KafkaProducer<String, String> producer;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // idempotence needs at most 5 in flight; set explicitly, as a conflicting value would silently disable it
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, source + "-outbox");
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
        scheduler.scheduleWithFixedDelay(this::relaySafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Relays now rather than at the next poll: called when a transaction that recorded events commits, so an
     * event no longer waits up to a poll interval (the median of the event chain was mostly that wait). Wakes
     * that arrive while one is queued are folded into it; the relay thread runs one round at a time.
     */
    public void wake() {
        ScheduledExecutorService running = scheduler;
        if (running == null || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                wakeQueued.set(false);
                relaySafely();
            });
        } catch (RejectedExecutionException e) {
            wakeQueued.set(false); // shutting down: the next start relays what is left
        }
    }

    private void relaySafely() {
        try {
            while (relayBatch() == BATCH) {
                // keep going while there is a backlog
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay to %s will retry: %s", topic, e.getMessage());
        }
    }

    private record Pending(long id, UUID eventId, String aggregateId, String type, String subject, String payload,
            java.time.OffsetDateTime occurredAt) {
    }

    /** Sends one batch and marks it sent, in one transaction; returns how many were sent. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Pending> pending = new ArrayList<>();
            try (Connection c = dataSource.getConnection()) {
                if (!relayLock(c)) {
                    return 0; // another replica is relaying this topic now
                }
                try (PreparedStatement s = c.prepareStatement("select id, event_id, aggregate_id, type, subject, payload::text, occurred_at "
                        + "from outbox_event where published_at is null order by id limit " + BATCH + " for update skip locked");
                        ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        pending.add(new Pending(r.getLong(1), r.getObject(2, UUID.class), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getObject(7, java.time.OffsetDateTime.class)));
                    }
                }
                if (pending.isEmpty()) {
                    return 0;
                }
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (Pending p : pending) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(topic, p.aggregateId(), p.payload());
                    header(record, "ce_specversion", "1.0");
                    header(record, "ce_id", p.eventId().toString());
                    header(record, "ce_source", "/send-reform/" + source);
                    header(record, "ce_type", p.type());
                    header(record, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p.occurredAt()));
                    if (p.subject() != null) {
                        header(record, "ce_subject", p.subject());
                    }
                    header(record, "content-type", "application/json");
                    sent.add(producer.send(record));
                }
                producer.flush();
                for (Future<RecordMetadata> f : sent) {
                    f.get(30, TimeUnit.SECONDS); // any failure leaves the whole batch unmarked, to be sent again
                }
                try (PreparedStatement s = c.prepareStatement("update outbox_event set published_at = now() where id = any(?)")) {
                    s.setArray(1, c.createArrayOf("bigint", pending.stream().map(Pending::id).toArray(Long[]::new)));
                    s.executeUpdate();
                }
                return pending.size();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not take the events: " + e.getMessage(), e);
            }
        });
    }

    private boolean relayLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, "outbox-relay:" + topic);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

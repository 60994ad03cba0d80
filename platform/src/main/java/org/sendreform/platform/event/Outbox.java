package org.sendreform.platform.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the service's outbox table, in the caller's transaction: the event exists exactly when
 * the change it reports was committed. {@link OutboxRelay} sends it to Kafka afterwards, so a write succeeds
 * even while Kafka is down, and is woken as soon as a transaction that recorded events commits (its poll
 * is the fallback). The service's schema needs the outbox_event table (see docs/events/README.md).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Marks a transaction that already asked to wake the relay on commit. */
    private static final Object WAKE_ON_COMMIT = new Object();

    /**
     * @param type the CloudEvents type, versioned: org.sendreform.metrics.values-submitted.v1
     * @param aggregateId the Kafka key: events of one item keep their order
     * @param subject what the event is about, for consumers that filter (e.g. a measure code)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, String aggregateType, String aggregateId, String subject, Object data) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into outbox_event (event_id, aggregate_type, aggregate_id, type, subject, payload) values (?,?,?,?,?,?::jsonb)")) {
            s.setObject(1, id);
            s.setString(2, aggregateType);
            s.setString(3, aggregateId);
            s.setString(4, type);
            s.setString(5, subject);
            s.setString(6, json.writeValueAsString(data));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not record event " + type, e);
        }
        wakeRelayOnCommit();
        return id;
    }

    private void wakeRelayOnCommit() {
        if (transactions.getResource(WAKE_ON_COMMIT) != null) {
            return;
        }
        transactions.putResource(WAKE_ON_COMMIT, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}

package org.sendreform.platform.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The consumer side of at-least-once delivery: records an event's id in the service's inbox_event table, in
 * the same transaction as the event's effect. A redelivered event finds its id there and is skipped, so each
 * event takes effect once.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    DataSource dataSource;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /**
     * The one way consumers take a record: the event, when it is of {@code type}, readable, and delivered for the
     * first time (now recorded); empty for another type, an unreadable record or a redelivery.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<IncomingEvent> firstDelivery(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record,
            String type) {
        return IncomingEvent.read(record, type, json).filter(e -> firstTime(e.id(), type));
    }

    /** True the first time this event id is seen (and now recorded); false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(UUID eventId, String type) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into inbox_event (event_id, type) values (?, ?) on conflict (event_id) do nothing")) {
            s.setObject(1, eventId);
            s.setString(2, type);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + eventId + " in the inbox", e);
        }
    }
}

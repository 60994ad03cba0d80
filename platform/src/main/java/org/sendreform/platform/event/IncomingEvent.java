package org.sendreform.platform.event;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * A CloudEvent as consumers read it from Kafka (binary mode: ce_* headers, JSON data as the value). An event
 * of another type is passed over; one that cannot be read is logged and passed over, so a single bad record
 * never blocks a topic.
 */
public record IncomingEvent(UUID id, String type, JsonNode data) {

    private static final Logger LOG = Logger.getLogger(IncomingEvent.class);

    public static Optional<IncomingEvent> read(ConsumerRecord<String, String> record, String wantedType, ObjectMapper json) {
        String type = header(record, "ce_type");
        if (!wantedType.equals(type)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IncomingEvent(UUID.fromString(header(record, "ce_id")), type, json.readTree(record.value())));
        } catch (Exception e) {
            LOG.warnf("skipping unreadable %s at %s-%d offset %d: %s", type, record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

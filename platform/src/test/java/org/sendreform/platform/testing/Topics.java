package org.sendreform.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events on the real test broker, as the services exchange them (CloudEvents binary mode): send one as a
 * producer would, or read what a producer sent. One way for every service's event tests.
 */
public final class Topics {

    /** A CloudEvent as read from a topic: its attributes and its JSON data as text. */
    public record Event(String topic, String key, String id, String type, String source, String subject, String data) {
    }

    private Topics() {
    }

    /** Sends one event with the given id and type, as a producer's outbox relay would. */
    public static void send(String bootstrap, String topic, String key, String id, String type, String data) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", "/send-reform/test".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + type + " to " + topic, e);
        }
    }

    /**
     * Reads the topic from the start until {@code atLeast} matching events arrived (or 20 s passed), then polls
     * two more seconds so that an event that should not be there is caught too.
     */
    public static List<Event> read(String bootstrap, String topic, Predicate<Event> matching, int atLeast) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < until && found.size() < atLeast) {
                collect(consumer, Duration.ofMillis(500), matching, found);
            }
            collect(consumer, Duration.ofSeconds(2), matching, found);
        }
        return found;
    }

    private static void collect(KafkaConsumer<String, String> consumer, Duration poll, Predicate<Event> matching, List<Event> found) {
        for (ConsumerRecord<String, String> r : consumer.poll(poll)) {
            Event e = new Event(r.topic(), r.key(), header(r, "ce_id"), header(r, "ce_type"), header(r, "ce_source"),
                    header(r, "ce_subject"), r.value());
            if (matching.test(e)) {
                found.add(e);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

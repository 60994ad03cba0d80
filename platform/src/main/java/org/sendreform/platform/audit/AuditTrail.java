package org.sendreform.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every change is audited: who (token subject, name and client), when, and the item before and after, in the
 * service's audit_entry table and in the change's own transaction. Read back as an item's history.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    JsonWebToken token;

    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> ITEM = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };

    @Schema(name = "AuditEntry", description = "One change of an item: who, when, what it was and what it became")
    public record Entry(@Schema(example = "UPDATED") String action, @Schema(example = "programme.manager") String actor,
            @Schema(example = "send-reform-web") String client, Instant at,
            @Schema(description = "The item before the change (absent when created)") Map<String, Object> before,
            @Schema(description = "The item after the change (absent when removed)") Map<String, Object> after) {
    }

    /** Who made a change: the token's subject, a readable name, and the client it came through. */
    public record Actor(String subject, String name, String client) {
        /** A change made by consuming another service's event, on behalf of the person named in it (if any). */
        public static Actor event(String source, java.util.UUID eventId, String onBehalfOf) {
            return new Actor("event:" + eventId, onBehalfOf != null ? onBehalfOf + " (via " + source + ")" : source, source);
        }

        /** A change a service's own rule made (a scheduled check, a derived flag), not any person. */
        public static Actor rule(String service, String rule) {
            return new Actor("rule:" + rule, rule + " (" + service + ")", service);
        }
    }

    /** The caller of the current request, as its token names them: user name (or subject) and client. */
    public Actor caller() {
        String name = token.getClaim("preferred_username");
        return new Actor(token.getSubject(), name != null ? name : token.getSubject(), token.getClaim("azp"));
    }

    /** Records a change made in a request, by the caller its token names. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, String aggregateId, String action, Object before, Object after) {
        record(aggregateType, aggregateId, action, before, after, caller());
    }

    /** Records a change made by someone other than a request's caller, such as an event consumer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, String aggregateId, String action, Object before, Object after, Actor actor) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into audit_entry (aggregate_type, aggregate_id, action, actor_subject, actor_name, actor_client, before, after) "
                        + "values (?,?,?,?,?,?,?::jsonb,?::jsonb)")) {
            s.setString(1, aggregateType);
            s.setString(2, aggregateId);
            s.setString(3, action);
            s.setString(4, actor.subject());
            s.setString(5, actor.name());
            s.setString(6, actor.client());
            s.setString(7, before == null ? null : json.writeValueAsString(before));
            s.setString(8, after == null ? null : json.writeValueAsString(after));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not audit " + action + " of " + aggregateType + " " + aggregateId, e);
        }
    }

    public List<Entry> history(String aggregateType, String aggregateId) {
        List<Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select action, actor_name, actor_client, at, before::text, after::text from audit_entry "
                        + "where aggregate_type = ? and aggregate_id = ? order by id")) {
            s.setString(1, aggregateType);
            s.setString(2, aggregateId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new Entry(r.getString(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant(),
                            r.getString(5) == null ? null : json.readValue(r.getString(5), ITEM),
                            r.getString(6) == null ? null : json.readValue(r.getString(6), ITEM)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }
}

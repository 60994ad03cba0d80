package org.sendreform.metrics.spend;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored actual spend submission: who sent it, its Idempotency-Key and the answer it got (replayed on a retry). */
@Entity
@Table(name = "spend_submission")
public class SpendSubmission extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "client_id")
    public String clientId;
    public String org;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "received_at")
    public Instant receivedAt;
    public String answer;
}

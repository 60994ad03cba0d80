# shellcheck shell=bash
# Apache Kafka for deploy/local/up: one KRaft node (broker and controller), jars from Maven Central,
# logging through log4j2. Sourced, not run.

kafka_lib_dir() { printf '%s' "$SEND_HOME/cache/kafka/lib"; }

kafka_fetch() {
  maven_fetch kafka dependency:copy-dependencies "$(kafka_lib_dir)" || die "could not fetch Kafka"
}

# Writes server.properties and log4j2.xml into the (fresh) data directory.
kafka_configure() { # dir
  local dir=$1
  mkdir -p "$dir/logs"
  cat >"$dir/server.properties" <<EOF
# Written by deploy/local/up on every start: one node, broker and controller (KRaft).
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/logs
num.partitions=${SEND_KAFKA_PARTITIONS:-1}
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=true
group.initial.rebalance.delay.ms=0
EOF
  cat >"$dir/log4j2.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by deploy/local/up: the broker logs to stdout, which up sends to logs/kafka.log. -->
<Configuration status="WARN">
  <Appenders>
    <Console name="stdout" target="SYSTEM_OUT">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
    </Console>
  </Appenders>
  <Loggers>
    <Logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
    <Logger name="org.apache.kafka.common.utils.AppInfoParser" level="WARN"/>
    <Logger name="kafka.request.logger" level="WARN"/>
    <Logger name="state.change.logger" level="WARN"/>
    <Logger name="kafka.authorizer.logger" level="WARN"/>
    <Root level="INFO">
      <AppenderRef ref="stdout"/>
    </Root>
  </Loggers>
</Configuration>
EOF
}

# The cluster id of this start's data: 16 random bytes, base64url without padding (what StorageTool
# random-uuid prints), made once per data directory so that a broker started again (SIGUSR2) finds its own.
kafka_cluster_id() {
  local file="$KAFKA_DIR/cluster-id"
  # never one that starts with '-', which the storage tool would read as an option (Kafka's own ids avoid it too)
  while [ ! -s "$file" ] || [ "$(head -c 1 "$file")" = - ]; do
    head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$file"
  done
  cat "$file"
}

KAFKA_DIR=""

# Formats the storage (a new cluster id for new data; kept when started again) and runs the broker.
kafka_start() {
  KAFKA_DIR="$SEND_HOME/data/kafka"
  kafka_configure "$KAFKA_DIR"
  # shellcheck disable=SC2016 # expanded by the inner bash
  start_part kafka "$SEND_HOME/logs/kafka.log" bash -c '
    java=$1 cp=$2 log4j=$3 props=$4 id=$5 opts=$6
    "$java" -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$log4j" -cp "$cp" \
      kafka.tools.StorageTool format --ignore-formatted -t "$id" -c "$props" || exit 1
    # shellcheck disable=SC2086 # opts: several options
    exec "$java" $opts -Djava.awt.headless=true -Dlog4j2.configurationFile="$log4j" -cp "$cp" kafka.Kafka "$props"' \
    kafka "$JAVA_HOME/bin/java" "$(kafka_lib_dir)/*" "$KAFKA_DIR/log4j2.xml" "$KAFKA_DIR/server.properties" \
    "$(kafka_cluster_id)" "$KAFKA_JAVA_OPTS"
}

kafka_ready() {
  grep -q 'Kafka Server started' "$(part_log kafka)" && port_open 127.0.0.1 "$KAFKA_PORT"
}

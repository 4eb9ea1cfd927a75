#!/usr/bin/env bash
# Chat benchmark: 2,000 members, each with one STOMP WebSocket, in 1,000 direct conversations;
# messages at a fixed rate over the sockets; latency from send to receipt at the other member's
# socket (p50/p90/p99) and the sustained rate. Not a test: run it by hand. See bench/README.md.
#
#   bench/chat-benchmark.sh                                  # 2,000 clients, 500 msg/s, H2
#   DB=postgresql bench/chat-benchmark.sh                    # a fresh PostgreSQL database
#   CLIENTS=200 RATE=100 DURATION=10 bench/chat-benchmark.sh # a quick run
set -euo pipefail

cd "$(dirname "$0")/.."

DB=${DB:-h2}                            # h2 | postgresql
CLIENTS=${CLIENTS:-2000}                # WebSocket clients; two per conversation
RATE=${RATE:-500}                       # messages per second
WARMUP=${WARMUP:-10}                    # seconds before measuring
DURATION=${DURATION:-30}                # seconds measured
BUILD_DIR=${BUILD_DIR:-target}
WORK_DIR=${WORK_DIR:-$BUILD_DIR/chat-bench}
JAVA=${JAVA:-java}                      # the JDK of the server, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
HEAP=${HEAP:-512m}
JAVA_OPTS=${JAVA_OPTS:-}                # more server JVM options, e.g. a flight recording
PORT=${PORT:-18090}
MVN_FLAGS=${MVN_FLAGS:-}                # e.g. -o
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_DATABASE=${PG_DATABASE:-socialworkr_chat_bench}

BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
log() { echo "# $*" >&2; }

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

log "compiling (build dir $BUILD_DIR)"
./mvnw -q $MVN_FLAGS -Dbuild.dir="$BUILD_DIR" -DskipTests test-compile
./mvnw -q $MVN_FLAGS -Dbuild.dir="$BUILD_DIR" dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$BUILD_DIR/chat-bench-test.classpath" >/dev/null
./mvnw -q $MVN_FLAGS -Dbuild.dir="$BUILD_DIR" dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$BUILD_DIR/chat-bench-runtime.classpath" >/dev/null
CLIENT_CP="$BUILD_DIR/classes:$BUILD_DIR/test-classes:$(cat "$BUILD_DIR/chat-bench-test.classpath")"
SERVER_CP="$BUILD_DIR/classes:$(cat "$BUILD_DIR/chat-bench-runtime.classpath")"

rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR" bench-results
DATA_DIR="$WORK_DIR/data"
if [[ "$DB" == postgresql ]]; then
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -v ON_ERROR_STOP=1 \
    -c "drop database if exists $PG_DATABASE with (force)" -c "create database $PG_DATABASE"
  DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DATABASE"
  DB_USER=$PG_USER
  DB_ARGS=(--spring.datasource.url="$DB_URL" --spring.datasource.username="$PG_USER" --spring.datasource.password=)
else
  DB_URL="jdbc:h2:file:$PWD/$DATA_DIR/db/socialworkr;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
  DB_USER=sa
  DB_ARGS=()
fi

log "setting up $CLIENTS members and $((CLIENTS / 2)) conversations on $DB"
java -cp "$CLIENT_CP" org.socialworkr.bench.ChatBenchmark setup --url="$DB_URL" --user="$DB_USER" --password= \
  --members="$CLIENTS" >&2

log "starting the server on port $PORT"
"$JAVA" -Xmx"$HEAP" $JAVA_OPTS -cp "$SERVER_CP" org.socialworkr.SocialWorkrApplication \
  --server.port="$PORT" --socialworkr.data-dir="$PWD/$DATA_DIR" --socialworkr.rate-limits.enabled=false \
  --spring.main.banner-mode=off --logging.level.root=warn "${DB_ARGS[@]}" >"$WORK_DIR/server.log" 2>&1 &
SERVER_PID=$!
STARTED=$(date +%s.%N)
for _ in $(seq 1 240); do
  curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK_DIR/server.log" >&2; exit 1; }
  sleep 0.5
done
STARTUP=$(echo "$(date +%s.%N) - $STARTED" | bc)

OUT="bench-results/chat-$DB-$(date -u +%Y%m%dT%H%M%SZ).txt"
log "running: $CLIENTS clients, $RATE msg/s, ${WARMUP}s warm-up, ${DURATION}s measured"
java -Xmx1g -cp "$CLIENT_CP" org.socialworkr.bench.ChatBenchmark run --base="$BASE" --members="$CLIENTS" \
  --rate="$RATE" --warmup="$WARMUP" --duration="$DURATION" --server-pid="$SERVER_PID" --out="$OUT.client"

RSS_KB=$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')
{
  echo "db=$DB"
  echo "server_jdk=$("$JAVA" -version 2>&1 | head -1 | tr -d '"')"
  echo "cores=$(nproc)"
  echo "load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "heap=$HEAP"
  echo "startup_seconds=$(printf '%.1f' "$STARTUP")"
  cat "$OUT.client"
  echo "server_rss_mb=$((RSS_KB / 1024))"
} >"$OUT"
rm -f "$OUT.client"
cat "$OUT"
log "written to $OUT"

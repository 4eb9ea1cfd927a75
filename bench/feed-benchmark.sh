#!/usr/bin/env bash
# Home-feed benchmark: generates a network, starts the packaged jar on it, logs in as a typical
# member and measures the home feed (HTML and JSON) against a trivial endpoint of the same server
# with wrk, then post creation latency and the server's resident memory. See bench/README.md.
#
#   bench/feed-benchmark.sh                                  # H2, 100,000 members, 2,000,000 posts
#   MEMBERS=2000 POSTS=40000 DURATION=10s bench/feed-benchmark.sh    # a quick run
#   DB=both bench/feed-benchmark.sh                          # H2, then PostgreSQL
set -euo pipefail

cd "$(dirname "$0")/.."

DB=${DB:-h2}                          # h2 | postgresql | both
MEMBERS=${MEMBERS:-100000}
POSTS=${POSTS:-2000000}
SEED=${SEED:-1}
BUILD_DIR=${BUILD_DIR:-target}        # where the jar is (built) and the generator is compiled
WORK_DIR=${WORK_DIR:-$BUILD_DIR/bench} # generated databases, server logs
REUSE=${REUSE:-0}                     # 1: keep a database generated earlier with the same sizes
JAVA=${JAVA:-java}                    # the JDK that runs the server, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
HEAP=${HEAP:-512m}
PORT=${PORT:-18080}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-5s}
DURATION=${DURATION:-20s}
POST_COUNT=${POST_COUNT:-200}         # sequential post creations measured
VIEWERS=${VIEWERS:-200}               # members logged in and taking turns in the requests (0: the typical member only)
MVN_FLAGS=${MVN_FLAGS:-}              # e.g. -o for an offline build
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}  # seconds the server may take to become healthy
SERVER_ARGS=${SERVER_ARGS:-}          # more arguments for the server, e.g. --logging.level.root=warn
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_DATABASE=${PG_DATABASE:-socialworkr_bench}

JAR="$BUILD_DIR/socialworkr.jar"
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
CURRENT_DB=""

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

require() {
  command -v "$1" >/dev/null 2>&1 && return
  if [[ "$1" == wrk && $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing wrk"
    apt-get install -y -q wrk >/dev/null
  else
    echo "$1 is required" >&2
    exit 1
  fi
}

# Percentile of the numbers on stdin (nearest rank).
percentile() {
  sort -g | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; print v[i] }'
}

generate() {
  local db=$1 data_dir=$2 marker=$3
  shift 3
  if [[ "$REUSE" == 1 && -f "$marker" ]]; then
    log "reusing the $db database generated earlier ($marker)"
    cat "$marker"
    return
  fi
  log "generating $MEMBERS members and $POSTS posts on $db"
  local output="$WORK_DIR/generate-$db.log"
  ./mvnw -q $MVN_FLAGS -Pbench -Dbuild.dir="$BUILD_DIR" test-compile \
    org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
    -Dbench.args="$* --members=$MEMBERS --posts=$POSTS --seed=$SEED" 2>&1 | tee "$output" | grep -E '^\[' >&2 || true
  if ! grep -q '^generation_seconds=' "$output"; then
    echo "dataset generation failed, see $output" >&2
    tail -20 "$output" >&2
    exit 1
  fi
  grep -E '^(typical_member|member_password|generation_seconds)=' "$output" | tee "$marker"
}

start_server() {
  local db=$1 data_dir=$2
  shift 2
  log "starting the server on port $PORT ($db)"
  local started
  started=$(date +%s%N)
  "$JAVA" -Xmx"$HEAP" -jar "$JAR" --socialworkr.rate-limits.enabled=false --server.port="$PORT" \
    --socialworkr.data-dir="$data_dir" "$@" $SERVER_ARGS >"$WORK_DIR/server-$db.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 $((STARTUP_TIMEOUT * 2))); do
    if curl -sf --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      awk -v ns="$(($(date +%s%N) - started))" 'BEGIN { printf "startup_seconds=%.1f\n", ns / 1e9 }'
      return
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "the server stopped, see $WORK_DIR/server-$db.log" >&2
      tail -30 "$WORK_DIR/server-$db.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "the server did not become healthy in $STARTUP_TIMEOUT s" >&2
  exit 1
}

# Logs in through the login form with its CSRF token; prints the session cookie's value.
login() {
  local username=$1 password=$2 jar
  jar=$(mktemp "$WORK_DIR/cookies.XXXXXX")
  local page token status
  page=$(curl -s --max-time 10 -c "$jar" -b "$jar" "$BASE/login")
  token=$(grep -o '<input[^>]*name="_csrf"[^>]*>' <<<"$page" | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  status=$(curl -s --max-time 20 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$username" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
    "$BASE/login")
  if [[ "$status" != 302* || "$status" == *error* ]]; then
    echo "login as $username failed: $status" >&2
    exit 1
  fi
  awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
  rm -f "$jar"
}

# Logs in as VIEWERS members drawn at random (with the seed) into $WORK_DIR/viewers.txt, one
# session cookie a line, four logins at a time: the load then comes from many readers, each with
# a network of their own, as on a real instance, not from one reader whose page a cache could keep.
login_viewers() {
  local password=$1 file="$WORK_DIR/viewers.txt"
  export -f login
  export BASE WORK_DIR
  awk -v n="$MEMBERS" -v k="$VIEWERS" -v seed="$SEED" 'BEGIN { srand(seed); for (i = 0; i < k; i++) print "member" int(1 + rand() * n) }' |
    sort -u | xargs -P 4 -I{} bash -c 'login "$1" "$2"' _ {} "$password" >"$file"
  wc -l <"$file"
}

# CPU time in milliseconds (user + system, from /proc) of the processes given by pid.
cpu_ms() {
  local ticks
  ticks=$(getconf CLK_TCK)
  for pid in "$@"; do
    awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true
  done | awk -v t="$ticks" '{ s += $1 } END { printf "%.0f\n", s * 1000 / t }'
}

# The PostgreSQL backends serving the benchmark database (the server's connection pool), when
# PostgreSQL runs on this machine; nothing for H2.
pg_backends() {
  [[ "$CURRENT_DB" == postgresql ]] || return 0
  psql -qtA -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -c "select pid from pg_stat_activity where datname = '$PG_DATABASE' and pid <> pg_backend_pid()" 2>/dev/null || true
}

# wrk against one path: a warm-up, then the measured run. With viewers logged in, the requests take
# turns among them (bench/wrk-report.lua); else they all carry the typical member's cookie.
measure() {
  local name=$1 path=$2 cookie=$3 status session=()
  status=$(curl -s --max-time 20 -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$cookie" -H 'Accept: text/html,application/json' "$BASE$path")
  echo "${name}_status=$status"
  if [[ "$status" != 200 ]]; then
    log "$path answers $status: not measured"
    echo "${name}_rps=n/a"
    return
  fi
  if [[ -s "$WORK_DIR/viewers.txt" ]]; then
    export COOKIES="$WORK_DIR/viewers.txt"
  else
    unset COOKIES
    session=(-H "Cookie: JSESSIONID=$cookie")
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 5s -s bench/wrk-report.lua "${session[@]}" \
    "$BASE$path" >/dev/null
  local backends jvm_before pg_before output requests
  backends=$(pg_backends)
  jvm_before=$(cpu_ms "$SERVER_PID")
  pg_before=$(cpu_ms $backends)
  output=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s bench/wrk-report.lua \
    "${session[@]}" "$BASE$path" | grep '^wrk_' | sed "s/^wrk_/${name}_/")
  echo "$output"
  requests=$(value "${name}_requests" "$output")
  awk -v n="$requests" -v ms=$(($(cpu_ms "$SERVER_PID") - jvm_before)) -v name="$name" \
    'BEGIN { if (n > 0) printf "%s_jvm_cpu_ms=%.2f\n", name, ms / n; else printf "%s_jvm_cpu_ms=n/a\n", name }'
  if [[ -n "$backends" ]]; then
    awk -v n="$requests" -v ms=$(($(cpu_ms $backends) - pg_before)) -v name="$name" \
      'BEGIN { if (n > 0) printf "%s_db_cpu_ms=%.2f\n", name, ms / n; else printf "%s_db_cpu_ms=n/a\n", name }'
  fi
}

# The texts here need no JSON escaping.
json_status() { printf '{"status":"%s","visibility":"public"}' "$1"; }

# Sequential post creations with curl: the JSON API if it exists, else the HTML form.
measure_post_creation() {
  local cookie=$1 page token header times="$WORK_DIR/post-times.txt" status target fields ok=0 failed=0
  page=$(curl -s --max-time 20 -H "Cookie: JSESSIONID=$cookie" "$BASE/")
  token=$(grep -o '<meta name="csrf-token"[^>]*>' <<<"$page" | head -1 | sed -E 's/.*content="([^"]*)".*/\1/')
  header=$(grep -o '<meta name="csrf-header"[^>]*>' <<<"$page" | head -1 | sed -E 's/.*content="([^"]*)".*/\1/')
  header=${header:-X-CSRF-TOKEN}
  target=""
  for candidate in api form; do
    if [[ $candidate == api ]]; then
      status=$(curl -s --max-time 20 -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$cookie" -H "$header: $token" \
        -H 'Content-Type: application/json' -d "$(json_status "Benchmark warm-up post #bench")" "$BASE/api/v1/statuses")
    else
      status=$(curl -s --max-time 20 -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$cookie" \
        --data-urlencode "text=Benchmark warm-up post #bench" --data-urlencode "visibility=PUBLIC" \
        --data-urlencode "confidentiality_confirmed=true" --data-urlencode "_csrf=$token" "$BASE/posts")
    fi
    if [[ "$status" == 2* || ($candidate == form && "$status" == 30[23]) ]]; then
      target=$candidate
      break
    fi
    log "post creation via $candidate answers $status"
  done
  if [[ -z "$target" ]]; then
    echo "post_create_via=none"
    echo "post_create_p50_ms=n/a"
    return
  fi
  echo "post_create_via=$target"
  : >"$times"
  for i in $(seq 1 "$POST_COUNT"); do
    local text="Benchmark post $i about #supervision and #selfcare"
    if [[ $target == api ]]; then
      status=$(curl -s --max-time 20 -o /dev/null -w '%{http_code} %{time_total}' -H "Cookie: JSESSIONID=$cookie" \
        -H "$header: $token" -H 'Content-Type: application/json' -d "$(json_status "$text")" "$BASE/api/v1/statuses")
    else
      status=$(curl -s --max-time 20 -o /dev/null -w '%{http_code} %{time_total}' -H "Cookie: JSESSIONID=$cookie" \
        --data-urlencode "text=$text" --data-urlencode "visibility=PUBLIC" --data-urlencode "confidentiality_confirmed=true" \
        --data-urlencode "_csrf=$token" "$BASE/posts")
    fi
    if [[ "$status" == 2* || ($target == form && "$status" == 30[23]*) ]]; then
      ok=$((ok + 1))
      awk '{ printf "%.2f\n", $2 * 1000 }' <<<"$status" >>"$times"
    else
      failed=$((failed + 1))
    fi
  done
  echo "post_create_count=$ok"
  echo "post_create_errors=$failed"
  echo "post_create_p50_ms=$(percentile 50 <"$times")"
  echo "post_create_p99_ms=$(percentile 99 <"$times")"
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'
}

value() { grep -E "^$1=" <<<"$2" | tail -1 | cut -d= -f2-; }

run() {
  local db=$1 data_dir args=() results generation
  case "$db" in
    h2)
      data_dir="$WORK_DIR/h2-$MEMBERS-$POSTS"
      if [[ "$REUSE" != 1 || ! -f "$data_dir.generated" ]]; then
        rm -rf "$data_dir"
      fi
      mkdir -p "$data_dir"
      generation=$(generate h2 "$data_dir" "$data_dir.generated" --data-dir="$data_dir")
      ;;
    postgresql)
      require psql
      data_dir="$WORK_DIR/postgresql-data"
      mkdir -p "$data_dir"
      local url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DATABASE"
      local marker="$WORK_DIR/postgresql-$MEMBERS-$POSTS.generated"
      if [[ "$REUSE" != 1 || ! -f "$marker" ]]; then
        rm -f "$marker"
        PGOPTIONS='-c client_min_messages=warning' psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $PG_DATABASE" >/dev/null
        PGOPTIONS='-c client_min_messages=warning' psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "create database $PG_DATABASE" >/dev/null
      fi
      generation=$(generate postgresql "$data_dir" "$marker" --url="$url" --user="$PG_USER")
      args=(--spring.datasource.url="$url" --spring.datasource.username="$PG_USER")
      ;;
    *)
      echo "DB must be h2, postgresql or both" >&2
      exit 2
      ;;
  esac
  local member password
  CURRENT_DB=$db
  member=$(value typical_member "$generation")
  password=$(value member_password "$generation")

  results="db=$db
jdk=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.vendor/ { v = $2 } /java.runtime.version/ { r = $2 } END { print v " " r }')
cores=$(nproc)
heap=$HEAP
members=$MEMBERS
posts=$POSTS
$generation"
  # Not in a command substitution: that would run it in a subshell and lose SERVER_PID.
  start_server "$db" "$data_dir" "${args[@]}" >"$WORK_DIR/startup.txt"
  results+="
$(cat "$WORK_DIR/startup.txt")"
  local cookie viewers=0
  cookie=$(login "$member" "$password")
  rm -f "$WORK_DIR/viewers.txt"
  if [[ "$VIEWERS" -gt 0 ]]; then
    viewers=$(login_viewers "$password")
  fi
  log "logged in as $member and $viewers other members; measuring for $DURATION each at $CONNECTIONS connections"
  results+="
viewers=$viewers
connections=$CONNECTIONS
duration=$DURATION
$(measure trivial /actuator/info "$cookie")
$(measure home_html / "$cookie")
$(measure home_json /api/v1/timelines/home "$cookie")"
  local trivial
  trivial=$(value trivial_rps "$results")
  results+="
home_html_ratio=$(ratio "$(value home_html_rps "$results")" "$trivial")
home_json_ratio=$(ratio "$(value home_json_rps "$results")" "$trivial")
$(measure_post_creation "$cookie")
rss_mb=$(($(ps -o rss= -p "$SERVER_PID") / 1024))"
  stop_server

  mkdir -p bench-results
  local file="bench-results/feed-$db-$(date -u +%Y%m%dT%H%M%SZ).txt"
  echo "$results" | tee "$file"
  log "written to $file"
}

require curl
require wrk
mkdir -p "$WORK_DIR"
WORK_DIR=$(cd "$WORK_DIR" && pwd)
if [[ ! -f "$JAR" ]]; then
  log "building $JAR"
  ./mvnw -q $MVN_FLAGS package -DskipTests -Dbuild.dir="$BUILD_DIR"
fi

if [[ "$DB" == both ]]; then
  run h2
  run postgresql
else
  run "$DB"
fi

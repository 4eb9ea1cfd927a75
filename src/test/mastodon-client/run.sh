#!/usr/bin/env bash
# Conformance run: masto.js (a Mastodon client library from npm) against a freshly started
# SocialWorkr jar with an empty data directory on a free port. Usage, from anywhere:
#   src/test/mastodon-client/run.sh [path/to/socialworkr.jar]     (builds target/socialworkr.jar if missing)
# Needs Node 20+ and npm. Exits non-zero when a step fails; the application's log is shown then.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
jar="${1:-$root/target/socialworkr.jar}"

if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -B package -DskipTests)
fi

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

work="$(mktemp -d)"
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
base="http://127.0.0.1:$port"

java -Xmx512m -jar "$jar" \
  --server.port="$port" \
  --server.address=127.0.0.1 \
  --socialworkr.data-dir="$work/data" \
  --socialworkr.public-url="$base" \
  >"$work/app.log" 2>&1 &
pid=$!

stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

echo "Waiting for SocialWorkr on $base (log: $work/app.log)"
for _ in $(seq 1 180); do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$work/app.log"
    echo "SocialWorkr stopped before it was ready" >&2
    exit 1
  fi
  if curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; then
    break
  fi
  sleep 1
done
curl -fsS "$base/actuator/health" >/dev/null

if ! (cd "$here" && SOCIALWORKR_URL="$base" SOCIALWORKR_LOG="$work/app.log" node conformance.mjs); then
  echo "---- last lines of the application log ----" >&2
  tail -n 80 "$work/app.log" >&2
  exit 1
fi

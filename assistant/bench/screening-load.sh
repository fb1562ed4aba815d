#!/usr/bin/env bash
# Throughput of POST /api/screenings against GET /actuator/health of the same app, three runs of each
# (wrk, 2 threads, 32 connections, 10 s). Starts the built jar on 127.0.0.1 only, stops it at the end.
# Usage: ./mvnw -pl assistant -am package -DskipTests && assistant/bench/screening-load.sh [runs]
set -euo pipefail
cd "$(dirname "$0")"
JAR=$(ls ../target/assistant-*.jar | head -1)
PORT=${PORT:-18181}
RUNS=${1:-3}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
APP_LOG=$(mktemp)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }

"$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$PORT" --logging.level.root=WARN >"$APP_LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 480); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
    sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "the app did not start"; cat "$APP_LOG"; exit 1; }

echo "load before: $(uptime)"
# Warm-up: JIT both paths before measuring.
wrk -t2 -c32 -d10s -s screening.lua "http://127.0.0.1:$PORT/api/screenings" >/dev/null
wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/actuator/health" >/dev/null

rps() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '$1 == "99%" {print $2}'; }
for run in $(seq 1 "$RUNS"); do
    health=$(wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$PORT/actuator/health")
    screen=$(wrk -t2 -c32 -d10s --latency -s screening.lua "http://127.0.0.1:$PORT/api/screenings")
    h=$(echo "$health" | rps); s=$(echo "$screen" | rps)
    errors=$(echo "$screen" | grep -E "Non-2xx|Socket errors" || true)
    printf 'run %d: health %s req/s (p99 %s), screenings %s req/s (p99 %s), ratio %.2f %s\n' \
        "$run" "$h" "$(echo "$health" | p99)" "$s" "$(echo "$screen" | p99)" "$(echo "$s / $h" | bc -l)" "$errors"
done
echo "load after: $(uptime)"

#!/usr/bin/env bash
# 200 signed-in users at once, then an increasing arrival rate until the application saturates (issue 20, ADR 058).
# Starts the built jar on its own embedded PostgreSQL with the demo data (data/gatling-pg, wiped at each run so every
# run starts from the same register), waits for it, runs the Gatling simulations of src/gatling/java through
# `./mvnw -Pbench test-compile gatling:test`, stops the application and prints where the reports are.
# Needs: Java 17+, curl. Builds the jar when there is none.
# Usage: bench/gatling.sh                      both simulations (about 15 minutes)
#        SIMULATION=TwoHundredUsersSimulation bench/gatling.sh     one of them (or SaturationSimulation)
#        USERS=200 STEADY_MINUTES=4 bench/gatling.sh               the load test's users and its minutes at full load
#        RATE_FROM=4 RATE_STEP=4 RATE_LEVELS=12 LEVEL_SECONDS=30 bench/gatling.sh   the saturation ramp (users/s)
#        KEEP_DATA=1 bench/gatling.sh          keep data/gatling-pg from the last run (faster start, register changed)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18280}
DATA=${DATA:-data/gatling-pg}
SIMULATION=${SIMULATION:-}
WORK=target/gatling-app
mkdir -p "$WORK"
APP_PID=""

say() { printf '[%s] %s\n' "$(date +%T)" "$*"; }

cleanup() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        say "stopping the application (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT

if curl -s -o /dev/null "http://127.0.0.1:$PORT/login"; then
    say "something already answers on port $PORT; set PORT to a free one"
    exit 1
fi

JAR=$(ls target/pcmt-*.jar 2>/dev/null | grep -v -- '-plain\|original' | head -1 || true)
if [[ -z $JAR ]]; then
    say "building the jar"
    ./mvnw -B -ntp -q package -DskipTests -Dspotless.check.skip=true
    JAR=$(ls target/pcmt-*.jar | grep -v -- '-plain\|original' | head -1)
fi

CLEAN=true
[[ -n ${KEEP_DATA:-} ]] && CLEAN=false
say "starting $JAR on $PORT (embedded PostgreSQL in $DATA, clean=$CLEAN; the first start loads the units and the demo data)"
# the embedded database is chosen by leaving pcmt.db.url empty, whatever the environment says
env -u PCMT_DB_URL -u PCMT_DB_USER java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" --pcmt.db.url= \
    --pcmt.db.embedded.data-directory="$DATA" --pcmt.db.embedded.clean="$CLEAN" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
        say "the application answers after ${i} s"
        break
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        say "the application stopped; see $WORK/app.log"
        tail -30 "$WORK/app.log"
        exit 1
    fi
    sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { say "no answer after 10 minutes; see $WORK/app.log"; exit 1; }

ARGS=(-B -ntp -Pbench test-compile gatling:test -Dspotless.check.skip=true "-Dbench.baseUrl=http://127.0.0.1:$PORT")
[[ -n $SIMULATION ]] && ARGS+=("-Dgatling.simulationClass=vn.pcmt.bench.gatling.$SIMULATION")
for v in USERS RAMP_SECONDS STEADY_MINUTES RATE_FROM RATE_STEP RATE_LEVELS LEVEL_SECONDS; do
    [[ -n ${!v:-} ]] && ARGS+=("-Dbench.$(tr 'A-Z_' 'a-z.' <<<"$v")=${!v}")
done
say "running Gatling: ./mvnw ${ARGS[*]}"
status=0
./mvnw "${ARGS[@]}" | tee "$WORK/gatling.log" || status=$?

grep -h "5[0-9][0-9]\|ERROR" "$WORK/app.log" | grep -i "error\|exception" | sort | uniq -c | sort -rn | head -20 >"$WORK/app-errors.txt" || true
if [[ -s $WORK/app-errors.txt ]]; then
    say "errors in the application's log ($WORK/app.log):"
    cat "$WORK/app-errors.txt"
fi
say "reports (index.html each, tables without charts; the final table is also in $WORK/gatling.log):"
ls -dt target/gatling/*/ 2>/dev/null | head -2 | sed 's/^/  /'
say "application log: $WORK/app.log"
exit $status

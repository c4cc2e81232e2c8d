#!/usr/bin/env bash
# PCMT over a PostgreSQL primary and a REAL streaming replica (hot standby fed by WAL streaming, pg_basebackup -R),
# both started here on loopback ports of their own with data under target/replica (issue 20, ADR 059). Checks that
#   1. the standby is one (pg_is_in_recovery() true on it) and the application runs with the replica configured;
#   2. a figure read through a figure API call (@ReadsFigures, a read-only transaction) is served by the replica,
#      seen in the servers' own statement logs, written as application_name pcmt-replica / pcmt-primary;
#   3. a hotspot recorded through the application (on the primary) shows in that figure, read through the replica,
#      within 1 s of the write's answer; the replication lag of the write is measured on the standby;
#   4. read-your-writes: right after a form POST in a signed-in session, that session's figure page reads the primary;
#      once pcmt.db.replica.after-write (3 s) has passed, the replica again;
#   5. with the standby stopped, the figure reads fall back to the primary and still answer.
# Needs: PostgreSQL 15 binaries (PG_BIN, default /usr/lib/postgresql/15/bin), Java 17+, curl, python3. Run as root it
# runs the servers as the user postgres. Builds the jar when it is missing or older than the sources (PCMT_JAR: that jar).
# Usage: bench/replica.sh        (about 2 to 3 minutes: the first start migrates the database and loads the demo data)
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PRIMARY_PORT=${PRIMARY_PORT:-25432}
STANDBY_PORT=${STANDBY_PORT:-25433}
APP=${APP_PORT:-18190}
USER_NAME=tinh
PASSWORD='Demo@12345'
COMMUNE=11953
WORK=$PWD/target/replica
PIDS=()

say() { printf '[%s] %s\n' "$(date +%T.%3N)" "$*"; }
ms() { date +%s%3N; }
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_on() { # port sql
    as_pg "$PG_BIN/psql" -X -q -At -h 127.0.0.1 -p "$1" -U postgres -d pcmt -c "$2"
}

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    for d in standby primary; do
        [[ -f $WORK/$d/postmaster.pid ]] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/$d" -m fast -w stop >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT

# -- the two servers -----------------------------------------------------------------------------------------------
for d in standby primary; do
    [[ -f $WORK/$d/postmaster.pid ]] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/$d" -m immediate -w stop >/dev/null 2>&1 || true
done
rm -rf "$WORK"
mkdir -p "$WORK"
[[ $(id -u) == 0 ]] && chown postgres "$WORK"
as_pg "$PG_BIN/initdb" -D "$WORK/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >>"$WORK/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = ''
wal_level = replica
max_wal_senders = 4
hot_standby = on
hot_standby_feedback = on
log_line_prefix = '%m [%p] %a: '
CONF
as_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w start >/dev/null
as_pg "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -c 'create database pcmt'
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$WORK/standby" -R -X stream -c fast \
    -C -S pcmt_standby >/dev/null
# every statement logged with the application name of the pool that sent it: how the script sees which server answered
# a read (on the primary from when the application has started: not the migration and the demo data)
printf "port = $STANDBY_PORT\nlog_statement = 'all'\n" | as_pg tee -a "$WORK/standby/postgresql.conf" >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/standby" -l "$WORK/standby.log" -w start >/dev/null
say "primary on $PRIMARY_PORT, streaming standby on $STANDBY_PORT (data in $WORK)"
say "standby pg_is_in_recovery(): $(psql_on "$STANDBY_PORT" 'select pg_is_in_recovery()');" \
    "primary pg_stat_replication: $(psql_on "$PRIMARY_PORT" "select application_name || ' ' || state || ' ' || sync_state from pg_stat_replication")"

# -- the application -----------------------------------------------------------------------------------------------
JAR=${PCMT_JAR:-$(ls target/pcmt-*.jar 2>/dev/null | grep -v -- '-plain\|original' | head -1 || true)}
if [[ -z ${PCMT_JAR:-} ]] && { [[ -z $JAR ]] || [[ -n $(find src pom.xml -newer "$JAR" -type f | head -1) ]]; }; then
    say "building the jar"
    ./mvnw -B -ntp -q package -DskipTests -Dspotless.check.skip=true
    JAR=$(ls target/pcmt-*.jar | grep -v -- '-plain\|original' | head -1)
fi
java -Xmx768m -jar "$JAR" --server.port="$APP" \
    --pcmt.db.url="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/pcmt" --pcmt.db.user=postgres \
    --pcmt.db.replica.url="jdbc:postgresql://127.0.0.1:$STANDBY_PORT/pcmt" \
    --pcmt.demo.enabled=true --pcmt.demo.supply=false --pcmt.demo.outreach=false \
    --pcmt.demo.substitution=false --pcmt.demo.facilities=false >"$WORK/app.log" 2>&1 &
PIDS+=($!)
APP_PID=$!
for i in $(seq 1 400); do
    kill -0 "$APP_PID" 2>/dev/null || { say "FAIL: the application stopped; see $WORK/app.log"; exit 1; }
    curl -fs "http://127.0.0.1:$APP/actuator/health" >/dev/null 2>&1 && break
    if ((i == 400)); then say "FAIL: the application did not start; see $WORK/app.log"; exit 1; fi
    sleep 1
done
psql_on "$PRIMARY_PORT" "alter system set log_statement = 'all'" && psql_on "$PRIMARY_PORT" 'select pg_reload_conf()' >/dev/null
say "application on $APP: $(grep -o 'Figure pages read the replica.*' "$WORK/app.log" | head -1)"

# which server ran the figure cache's versions query (each figure read runs it once, on the server it reads)
VERSIONS='from register_version where id = 1 union all'
count() { grep -c -- "$2: .*$VERSIONS" "$WORK/$1.log" || true; }
where() { # runs "$@", prints which server(s) answered its figure reads
    local p0 r0 p1 r1
    p0=$(count primary pcmt-primary); r0=$(count standby pcmt-replica)
    "$@" >/dev/null
    sleep 0.2 # the servers write their logs asynchronously
    p1=$(count primary pcmt-primary); r1=$(count standby pcmt-replica)
    echo "replica:$((r1 - r0)) primary:$((p1 - p0))"
}

# -- 2. a figure read through the API goes to the replica ------------------------------------------------------------
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
figure() {
    curl -fs -u "$USER_NAME:$PASSWORD" "http://127.0.0.1:$APP/api/v1/metrics/hotspots.active/values?unit=$COMMUNE&date=$TODAY" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["value"])'
}
before=$(figure)
served=$(where figure)
say "hotspots.active in $COMMUNE on $TODAY: $before; that read's figure transaction(s) answered by $served"
[[ $served == replica:[1-9]*" primary:0" ]] || { say "FAIL: the figure read did not go to the replica alone"; exit 1; }
active=$(psql_on "$STANDBY_PORT" "select count(*) from pg_stat_activity where application_name = 'pcmt-replica'")
say "standby pg_stat_activity: $active connection(s) of the pool pcmt-replica, on a server in recovery"

# -- 3. a write through the application, read back through the replica within 1 s ----------------------------------
curl -fs -o /dev/null -u "$USER_NAME:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"communeCode\":\"$COMMUNE\",\"shape\":\"POINT\",\"activity\":\"SELLING\",\"name\":\"Điểm thử bản sao $(date +%s)\",\"detectedOn\":\"$TODAY\"}" \
    "http://127.0.0.1:$APP/api/v1/hotspots"
written=$(ms)
lsn=$(psql_on "$PRIMARY_PORT" 'select pg_current_wal_lsn()')
# the replication lag of that write, measured on the standby: from now until it has replayed the primary's position
lag=$(psql_on "$STANDBY_PORT" "do \$\$ declare t timestamptz := clock_timestamp(); begin
    while pg_last_wal_replay_lsn() < '$lsn'::pg_lsn loop perform pg_sleep(0.001); end loop;
    raise notice '%', round(extract(epoch from clock_timestamp() - t) * 1000, 1); end \$\$" 2>&1 | sed 's/.*NOTICE: *//')
say "a hotspot recorded through the application (primary, WAL at $lsn); the standby had replayed it $lag ms later"
after=$before
tries=0
while [[ $after == "$before" ]]; do
    tries=$((tries + 1))
    started=$(ms)
    p0=$(count primary pcmt-primary); r0=$(count standby pcmt-replica)
    after=$(figure)
    if ((started - written > 5000)); then say "FAIL: still $after 5 s after the write"; exit 1; fi
done
sleep 0.2
p1=$(count primary pcmt-primary); r1=$(count standby pcmt-replica)
seen=$((started - written))
say "figure now $after: the first read that saw it started $seen ms after the write had answered (read $tries time(s));" \
    "it was answered by replica:$((r1 - r0)) primary:$((p1 - p0))"
((seen <= 1000)) || { say "FAIL: more than 1 s"; exit 1; }
((r1 - r0 > 0 && p1 - p0 == 0)) || { say "FAIL: the fresh figure was not read on the replica"; exit 1; }
say "replica lag seen by the primary: $(psql_on "$PRIMARY_PORT" "select 'write ' || coalesce(write_lag::text, '0') || ', flush ' || coalesce(flush_lag::text, '0') || ', replay ' || coalesce(replay_lag::text, '0') from pg_stat_replication")"

# -- 4. read-your-writes in a signed-in session ----------------------------------------------------------------------
JARFILE="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$JARFILE" -b "$JARFILE" "http://127.0.0.1:$APP/login" | csrf)
curl -fs -o /dev/null -c "$JARFILE" -b "$JARFILE" --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "http://127.0.0.1:$APP/login"
page() { curl -fs -o "$WORK/overview.html" -b "$JARFILE" "http://127.0.0.1:$APP/overview"; }
say "signed in; the overview (a figure page) read by $(where page)"
token=$(curl -fs -b "$JARFILE" "http://127.0.0.1:$APP/hotspots/new" | csrf)
DAY=$(TZ=Asia/Ho_Chi_Minh date +%d/%m/%Y)
curl -fs -o /dev/null -b "$JARFILE" --data-urlencode "_csrf=$token" --data-urlencode "communeCode=$COMMUNE" \
    --data-urlencode shape=POINT --data-urlencode activity=SELLING --data-urlencode businessKind=NONE \
    --data-urlencode "name=Điểm thử phiên $(date +%s)" --data-urlencode "detectedOn=$DAY" \
    "http://127.0.0.1:$APP/hotspots"
wrote=$(ms)
first=$(where page)
say "a hotspot recorded through the form of that session; the overview right after ($(($(ms) - wrote)) ms) read by $first"
[[ $first == "replica:0 primary:"[1-9]* ]] || { say "FAIL: the page after the write did not read the primary"; exit 1; }
sleep 3.2
later=$(where page)
say "the same page $(($(ms) - wrote)) ms after the write read by $later"
[[ $later == replica:[1-9]*" primary:0" ]] || { say "FAIL: after 3 s the page did not read the replica"; exit 1; }

# -- 5. the standby stopped: reads fall back to the primary ---------------------------------------------------------
as_pg "$PG_BIN/pg_ctl" -D "$WORK/standby" -m fast -w stop >/dev/null
sleep 1.5
down=$(where figure)
value=$(figure)
say "standby stopped: the figure ($value) read by $down"
[[ $down == "replica:0 primary:"[1-9]* ]] || { say "FAIL: with the standby down the read did not go to the primary"; exit 1; }
grep -o 'Replica lag not measured.*' "$WORK/app.log" | head -1 | sed 's/^/    app log: /'
say "PASS (logs in $WORK)"

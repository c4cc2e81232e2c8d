#!/usr/bin/env bash
# Two PCMT instances on loopback over one PostgreSQL, behind HAProxy (issue 20, ADR 055). Checks that
#   1. a user signed in through the proxy stays signed in whichever instance answers (sessions in the database);
#   2. a record changed through instance A shows in the figure read through instance B within 1 s, B having kept
#      the figure before the change (the register versions are read from the database at each request);
#   3. when the instance that answered is stopped, the same session goes on on the other one.
# Needs: a PostgreSQL 15+ server (PCMT_DB_URL, default a database pcmt_two on 127.0.0.1, created if missing), Java 17+,
# curl, python3; installs HAProxy from the Debian packages when it is missing (root). Builds the jar when there is none.
# Usage: bench/two-instances.sh          (about 2 minutes; the first start loads the units and the demo data)
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${DB_HOST:-127.0.0.1}
DB_NAME=${DB_NAME:-pcmt_two}
DB_USER=${PCMT_DB_USER:-postgres}
DB_URL=${PCMT_DB_URL:-jdbc:postgresql://$DB_HOST:5432/$DB_NAME}
PROXY=${PROXY_PORT:-18180}
A=${A_PORT:-18181}
B=${B_PORT:-18182}
USER_NAME=tinh
PASSWORD='Demo@12345'
COMMUNE=11953
WORK=$(mktemp -d /tmp/pcmt-two.XXXXXX)
PIDS=()

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

say() { printf '[%s] %s\n' "$(date +%T.%3N)" "$*"; }
ms() { date +%s%3N; }

if ! command -v haproxy >/dev/null; then
    say "installing haproxy (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null
fi
if [[ -z ${PCMT_DB_URL:-} ]]; then
    createdb -h "$DB_HOST" -U "$DB_USER" "$DB_NAME" 2>/dev/null || true
fi
JAR=$(ls target/pcmt-*.jar 2>/dev/null | grep -v -- '-plain\|original' | head -1 || true)
if [[ -z $JAR ]]; then
    say "building the jar"
    ./mvnw -B -ntp -q package -DskipTests -Dspotless.check.skip=true
    JAR=$(ls target/pcmt-*.jar | grep -v -- '-plain\|original' | head -1)
fi

start() { # port name
    java -Xmx512m -jar "$JAR" --server.port="$1" --pcmt.db.url="$DB_URL" --pcmt.db.user="$DB_USER" \
        --pcmt.demo.enabled=true --pcmt.demo.supply=false --pcmt.demo.outreach=false \
        --pcmt.demo.substitution=false --pcmt.demo.facilities=false >"$WORK/$2.log" 2>&1 &
    PIDS+=($!)
    echo $! >"$WORK/$2.pid"
}
up() { # port
    for _ in $(seq 1 300); do
        curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
        sleep 1
    done
    say "instance on $1 did not start; see $WORK"
    exit 1
}

say "starting instance a on $A (migrates the database and loads the demo data the first time)"
start "$A" a
up "$A"
say "starting instance b on $B"
start "$B" b
up "$B"

cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 256
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 2
    option redispatch
frontend pcmt
    bind 127.0.0.1:$PROXY
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /actuator/health
    default-server inter 300ms fall 2 rise 2
    http-response set-header X-Served-By %s
    server a 127.0.0.1:$A check
    server b 127.0.0.1:$B check
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
sleep 1
say "haproxy on $PROXY, round robin over a and b, no sticky sessions"

# 1. sign in through the proxy, then ask the home page several times: each instance answers in turn
JARFILE="$WORK/cookies"
csrf=$(curl -fs -c "$JARFILE" -b "$JARFILE" "http://127.0.0.1:$PROXY/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$JARFILE" -b "$JARFILE" --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PROXY/login"
served=""
for _ in 1 2 3 4; do
    out=$(curl -s -D - -o "$WORK/home.html" -b "$JARFILE" "http://127.0.0.1:$PROXY/")
    status=$(head -1 <<<"$out" | awk '{print $2}')
    by=$(grep -i '^x-served-by:' <<<"$out" | awk '{print $2}' | tr -d '\r')
    if [[ $status != 200 ]] || ! grep -q 'logout' "$WORK/home.html"; then
        say "FAIL: the home page through $by answered $status, not signed in"
        exit 1
    fi
    served+="$by "
done
say "signed in once; the home page answered 200, signed in, by: $served"

# 2. a figure kept by b, a record changed through a, the figure read again through b
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
figure() { # port
    curl -fs -u "$USER_NAME:$PASSWORD" "http://127.0.0.1:$1/api/v1/metrics/hotspots.active/values?unit=$COMMUNE&date=$TODAY" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["value"])'
}
before=$(figure "$B")
figure "$B" >/dev/null # kept by b now
say "hotspots.active in $COMMUNE on $TODAY, read through b: $before"
curl -fs -o /dev/null -u "$USER_NAME:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"communeCode\":\"$COMMUNE\",\"shape\":\"POINT\",\"activity\":\"SELLING\",\"name\":\"Điểm thử hai máy $(date +%s)\",\"detectedOn\":\"$TODAY\"}" \
    "http://127.0.0.1:$A/api/v1/hotspots"
written=$(ms)
say "a hotspot recorded through a"
# a read sees the change when it starts after the commit: the time that counts is from the write's answer (the commit
# is before it) to the start of the first read that sees the change; each read also checks a bcrypt password (HTTP
# Basic), which takes a while on a busy machine, printed apart
after=$before
tries=0
while [[ $after == "$before" ]]; do
    tries=$((tries + 1))
    started=$(ms)
    after=$(figure "$B")
    took=$(($(ms) - started))
    if ((started - written > 5000)); then
        say "FAIL: b still answers $after 5 s after the change"
        exit 1
    fi
done
seen=$((started - written))
say "read through b: $after; the first read that saw it started $seen ms after the write through a had answered (read $tries time(s); that read took $took ms)"
if ((seen > 1000)); then
    say "FAIL: more than 1 s"
    exit 1
fi

# 3. stop the instance that answered last, go on with the same session
last=$(curl -s -D - -o /dev/null -b "$JARFILE" "http://127.0.0.1:$PROXY/" | grep -i '^x-served-by:' | awk '{print $2}' | tr -d '\r')
kill "$(cat "$WORK/$last.pid")"
say "instance $last stopped"
sleep 1.5
for _ in 1 2 3; do
    out=$(curl -s -D - -o "$WORK/home.html" -b "$JARFILE" "http://127.0.0.1:$PROXY/")
    status=$(head -1 <<<"$out" | awk '{print $2}')
    by=$(grep -i '^x-served-by:' <<<"$out" | awk '{print $2}' | tr -d '\r')
    if [[ $status != 200 || $by == "$last" ]] || ! grep -q 'logout' "$WORK/home.html"; then
        say "FAIL: after stopping $last the home page answered $status by $by"
        exit 1
    fi
done
say "the same session, signed in, answered by $by after $last stopped"
say "PASS (logs in $WORK)"

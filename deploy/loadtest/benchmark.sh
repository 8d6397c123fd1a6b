#!/usr/bin/env bash
# One benchmark of the suite on this machine, one table: registrations per second against the database's own ceiling
# (pgbench), the browsing mix through the gateway (closed and open model), gateway against direct, each service's start
# to ready and resident memory, and the time the expo's registrations take. Written to
# deploy/loadtest/target/benchmark-summary.txt; Gatling's HTML report in deploy/loadtest/target/gatling/.
#
# Usage: deploy/loadtest/benchmark.sh
#   Starts its own suite with the launcher (deploy/local/suite, with its JVM sizing): services on 25081-25083 and a
#   gateway on 25080 whose registration rate limit is raised (REGISTRATION_RATE=100000r/s), on the databases
#   expo_*_bench (emptied at start; EXPO_BENCH_DB_SUFFIX), loads the demo data without attendees through the API, measures, and stops
#   everything it started. Targets are loopback only. About 10 minutes with the defaults.
# Environment:
#   EXPO_BENCH_SECONDS (30)          length of each measured phase (six phases)
#   EXPO_BENCH_REGISTRATIONS (50000) the expo's registrations, the last phase (a short run takes fewer)
#   EXPO_BENCH_REGISTRATION_CLIENTS (16)  clients registering back to back
#   EXPO_BENCH_CONNECTIONS (32)      connections of the closed browsing phases; EXPO_BENCH_RATE (1000) req/s of the open one
#   EXPO_BENCH_PGBENCH_SECONDS (10), EXPO_BENCH_PGBENCH_CLIENTS (the registration clients: the ceiling at the same concurrency)
#   EXPO_BENCH_PORT_BASE (25080)     the own suite's gateway port; the services follow it
#   EXPO_BENCH_DB_SUFFIX (_bench)    its databases: expo_*<suffix>, emptied at start, and expo_loadtest_pgbench<suffix>
#   EXPO_BENCH_GATEWAY=http://localhost:8080  use a suite that runs already (e.g. deploy/local/run) instead of starting one;
#                                    the services are taken on the next three ports (EXPO_BENCH_REGISTRATION,
#                                    EXPO_BENCH_PAVILION name others); start times and memory are then not measured
#   EXPO_BENCH_READY_TIMEOUT (180 s), EXPO_JAVA_SIZING and EXPO_JAVA_OPTS (the launcher's), EXPO_PG_* (see
#   deploy/local/prerequisites.sh). The services are packaged first when missing or older than their sources.
set -euo pipefail

started_at="$(date +%s)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$here/target"
work="$target/bench"
results="$target/loadtest-results"
summary="$target/benchmark-summary.txt"
# shellcheck source-path=SCRIPTDIR source=../local/prerequisites.sh
source "$root/deploy/local/prerequisites.sh"

seconds="${EXPO_BENCH_SECONDS:-30}"
expo_registrations="${EXPO_BENCH_REGISTRATIONS:-50000}"
registration_clients="${EXPO_BENCH_REGISTRATION_CLIENTS:-16}"
connections="${EXPO_BENCH_CONNECTIONS:-32}"
rate="${EXPO_BENCH_RATE:-1000}"
pgbench_seconds="${EXPO_BENCH_PGBENCH_SECONDS:-10}"
pgbench_clients="${EXPO_BENCH_PGBENCH_CLIENTS:-$registration_clients}"
ready_timeout="${EXPO_BENCH_READY_TIMEOUT:-180}"
port_base="${EXPO_BENCH_PORT_BASE:-25080}"
for n in "$seconds" "$expo_registrations" "$registration_clients" "$connections" "$rate" "$pgbench_seconds" "$pgbench_clients" "$ready_timeout" "$port_base"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || expo_die "the EXPO_BENCH_* settings are whole numbers above 0 (got '$n')"
done
((seconds <= 120 && pgbench_seconds <= 60)) || expo_die "EXPO_BENCH_SECONDS is at most 120 and EXPO_BENCH_PGBENCH_SECONDS at most 60: the benchmark stays under 10 minutes"

db_suffix="${EXPO_BENCH_DB_SUFFIX:-_bench}"
[[ "$db_suffix" =~ ^[a-z0-9_]*$ ]] || expo_die "EXPO_BENCH_DB_SUFFIX may hold only a-z, 0-9 and _ (got '$db_suffix')"
pgbench_db="expo_loadtest_pgbench$db_suffix"
own_suite=1
if [[ -n "${EXPO_BENCH_GATEWAY:-}" ]]; then
  own_suite=""
  gateway_url="${EXPO_BENCH_GATEWAY%/}"
  gateway_port="${gateway_url##*:}"
  [[ "$gateway_port" =~ ^[0-9]+$ ]] || gateway_port=80
  registration_url="${EXPO_BENCH_REGISTRATION:-http://127.0.0.1:$((gateway_port + 1))}"
  registration_url="${registration_url%/}"
  pavilion_url="${EXPO_BENCH_PAVILION:-http://127.0.0.1:$((gateway_port + 3))}"
  pavilion_url="${pavilion_url%/}"
  for url in "$gateway_url" "$registration_url" "$pavilion_url"; do
    [[ "$url" =~ ^http://(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?$ ]] || expo_die "only loopback targets are measured (got $url)"
  done
else
  gateway_url="http://127.0.0.1:$port_base"
  registration_url="http://127.0.0.1:$((port_base + 1))"
  pavilion_url="http://127.0.0.1:$((port_base + 3))"
fi

# The own suite: a fresh schema, the real clock, the registration limit raised, and copies of the packaged services, so a
# build of the shared checkout during the run cannot pull a jar from under a running service.
fresh_schema=1
own_suite_run() {
  EXPO_PORT_BASE="$port_base" EXPO_DB_SUFFIX="$db_suffix" EXPO_RUN_DIR="$work" EXPO_FRESH_SCHEMA="$fresh_schema" EXPO_COPY_APPS=1 \
    EXPO_CLOCK_FIXED='' EXPO_READY_TIMEOUT="$ready_timeout" \
    REGISTRATION_RATE=100000r/s REGISTRATION_BURST=100000 "$root/deploy/local/suite" "$@"
}
stop_started() {
  [[ -z "$own_suite" ]] || own_suite_run stop
}
trap stop_started EXIT
trap 'echo; exit 130' INT
trap 'exit 143' TERM

mkdir -p "$work/logs" "$results"
rm -f "$results"/*.tsv "$summary"
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg)"
expo_say "benchmark on $(nproc) cores, load average $load_at_start (1, 5, 15 min)"

expo_require_java_maven
expo_require_basics
expo_require_tool python3 python3 "Python 3 (the summary)"
expo_require_tool pgbench postgresql-client "pgbench"
expo_require_postgres "$pgbench_db"

# ---------------------------------------------------------------- the suite and its data
start_suite() {
  own_suite_run build
  # exhibitor-service calls pavilion-service with a service token it signs with the development key the launcher gives it
  own_suite_run start
  expo_say "suite ready after $(($(date +%s) - started_at)) s: gateway $gateway_url (registration limit raised), services $((port_base + 1))-$((port_base + 3))"
}

load_data() {
  expo_say "loading the demo data without attendees through the API (log: ${work#"$root"/}/logs/data.log)"
  if ! EXPO_DEMO_ATTENDEES=0 EXPO_ORGANIZER_TOKEN="$("$root/deploy/local/token" organizer bench-organizer@expo-suite.local 2)" \
    timeout 300 "$root/deploy/local/demo-data/load" "$gateway_url" >"$work/logs/data.log" 2>&1 </dev/null; then
    expo_warn "WARNING: the data set did not load completely; browsing runs on what is there (log: $work/logs/data.log)"
    tail -n 5 "$work/logs/data.log" | sed 's/^/    /' >&2
  fi
}

# ---------------------------------------------------------------- warm-up
# Fresh JVMs compile their hot paths during the first thousand requests; those are not measured.
warm_up() {
  local urls="$work/warm-up-urls" code day i
  : >"$urls"
  for ((i = 0; i < 40; i++)); do
    printf '%s\n' "$gateway_url/api/pavilions" "$gateway_url/api/exhibitors" "$gateway_url/api/products?q=cloud" \
      "$registration_url/api/categories" >>"$urls"
    for code in INT DA FT DH IE DX BR; do printf '%s\n' "$gateway_url/api/booths?pavilion=$code&size=100" >>"$urls"; done
    for day in 26 27 28 29; do printf '%s\n' "$gateway_url/api/sessions?day=2018-05-$day" >>"$urls"; done
  done
  expo_say "warming up the services ($(wc -l <"$urls") reads, 200 registrations)"
  timeout 120 xargs -P 4 -n 1 curl -s -o /dev/null --max-time 20 <"$urls" >/dev/null || expo_warn "warm-up reads did not all finish"
  seq 1 200 | timeout 120 xargs -P 4 -I{} curl -s -o /dev/null --max-time 20 -X POST "$registration_url/api/registrations" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: warm-up-{}-$started_at" \
    --data '{"category":"VISITOR-DAY","days":["2018-05-26"],"familyName":"测试","givenName":"预热","latinName":"Ceshi Yure","email":"warm-up.{}.'"$started_at"'@example.cn","country":"CN","consents":{"privacyPolicy":true}}' \
    >/dev/null || expo_warn "warm-up registrations did not all finish"
}

# ---------------------------------------------------------------- the database ceiling
pg() { PGPASSWORD="$EXPO_PG_PASSWORD" "$@" -h "$EXPO_PG_HOST" -p "$EXPO_PG_PORT" -U "$EXPO_PG_USER"; }

pgbench_tps() {
  local log="$1"
  sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$log" | tail -n 1
}

database_ceiling() {
  expo_say "measuring the database ceiling with pgbench ($pgbench_clients clients, $pgbench_seconds s per case)"
  # The tables a registration writes, with the constraints and indexes that decide on every insert (keys, unique codes,
  # one active registration per e-mail address, the outbox's order); the listing and search indexes are left out, so
  # the ceiling errs on the high side.
  pg psql -X -q -v ON_ERROR_STOP=1 -d "$pgbench_db" >/dev/null <<'SQL'
set client_min_messages = warning;
drop table if exists bench_outbox, bench_idempotency_key, bench_registration_day, bench_registration, bench_quota;
create table bench_quota (id integer primary key, capacity integer not null, taken integer not null default 0,
  check (taken >= 0 and taken <= capacity));
insert into bench_quota select g, 1000000000, 0 from generate_series(1, 10) g;
create table bench_registration (id uuid primary key, confirmation_code varchar(8) not null unique,
  secret_hash varchar(64) not null unique, quota_id integer not null references bench_quota (id),
  status varchar(16) not null, email varchar(254) not null, family_name varchar(100) not null,
  given_name varchar(100) not null, country varchar(2) not null, created_at timestamptz not null default now());
create unique index bench_registration_active_email on bench_registration (lower(email)) where status in ('PENDING', 'CONFIRMED');
create table bench_registration_day (registration_id uuid not null references bench_registration (id) on delete cascade,
  day date not null, primary key (registration_id, day));
create table bench_outbox (id uuid primary key, seq bigserial not null unique, type varchar(64) not null,
  subject varchar(200) not null, occurred_at timestamptz not null, body jsonb not null, fanned_out boolean not null default false);
create index bench_outbox_subject on bench_outbox (subject, seq);
create index bench_outbox_waiting on bench_outbox (seq) where not fanned_out;
create table bench_idempotency_key (key_hash varchar(64) primary key, operation varchar(64) not null,
  request_hash varchar(64) not null, response_status smallint not null, response_location varchar(2000),
  response bytea not null, created_at timestamptz not null default now());
create index bench_idempotency_key_created on bench_idempotency_key (created_at);
SQL
  # The service's statements in its order: the registration with its day, the outbox row, the Idempotency-Key with its
  # answer, and the guarded quota update last, so the hot row is locked only until the commit. A colliding random
  # confirmation code inserts nothing, as in the service (which then draws another).
  cat >"$work/registration.pgbench" <<'EOF'
\set q random(1, :quotas)
BEGIN;
WITH registration_row AS (INSERT INTO bench_registration (id, confirmation_code, secret_hash, quota_id, status, email, family_name, given_name, country) VALUES (gen_random_uuid(), upper(substr(md5(random()::text), 1, 8)), md5(random()::text) || md5(random()::text), :q, 'CONFIRMED', md5(random()::text) || '@example.cn', '王', '伟', 'CN') ON CONFLICT (confirmation_code) DO NOTHING RETURNING id) INSERT INTO bench_registration_day (registration_id, day) SELECT id, date '2018-05-26' FROM registration_row;
INSERT INTO bench_outbox (id, type, subject, occurred_at, body) VALUES (gen_random_uuid(), 'registration.created', 'registration/' || gen_random_uuid(), now(), jsonb_build_object('registrationId', gen_random_uuid(), 'category', 'Q' || :q, 'days', jsonb_build_array('2018-05-26'), 'status', 'CONFIRMED'));
INSERT INTO bench_idempotency_key (key_hash, operation, request_hash, response_status, response_location, response) VALUES (md5(random()::text) || md5(random()::text), 'register', md5(random()::text) || md5(random()::text), 201, '/api/registrations/me', convert_to(repeat(md5(random()::text), 8), 'UTF8'));
UPDATE bench_quota SET taken = taken + 1 WHERE id = :q AND taken < capacity;
END;
EOF
  local common=(-n -M prepared -c "$pgbench_clients" -j 2 -T "$pgbench_seconds")
  pg pgbench "${common[@]}" -D quotas=1 -f "$work/registration.pgbench" "$pgbench_db" >"$work/logs/pgbench-hot.log" 2>&1 \
    || { tail -n 5 "$work/logs/pgbench-hot.log" >&2; expo_die "pgbench (hot row) failed"; }
  pg pgbench "${common[@]}" -D quotas=10 -f "$work/registration.pgbench" "$pgbench_db" >"$work/logs/pgbench-spread.log" 2>&1 \
    || { tail -n 5 "$work/logs/pgbench-spread.log" >&2; expo_die "pgbench (10 quotas) failed"; }
  pg pgbench -i -q -s 5 "$pgbench_db" >"$work/logs/pgbench-init.log" 2>&1 \
    || { tail -n 5 "$work/logs/pgbench-init.log" >&2; expo_die "pgbench -i failed"; }
  pg pgbench "${common[@]}" -S "$pgbench_db" >"$work/logs/pgbench-read.log" 2>&1 \
    || { tail -n 5 "$work/logs/pgbench-read.log" >&2; expo_die "pgbench (read-only) failed"; }
  pgbench_hot="$(pgbench_tps "$work/logs/pgbench-hot.log")"
  pgbench_spread="$(pgbench_tps "$work/logs/pgbench-spread.log")"
  pgbench_read="$(pgbench_tps "$work/logs/pgbench-read.log")"
  expo_say "pgbench: registration tx ${pgbench_hot} tx/s on one quota row, ${pgbench_spread} tx/s over 10; read-only ${pgbench_read} tx/s"
}

# ---------------------------------------------------------------- the phases (one Gatling simulation)
run_phases() {
  local limit=$((seconds * 6 + 900 + 240)) log="$work/logs/BenchmarkSimulation.log"
  expo_say "running the phases: 6 x $seconds s, then $expo_registrations registrations (log: ${log#"$root"/})"
  set +e
  timeout --kill-after=15 "$limit" mvn -B -f "$here/pom.xml" gatling:test \
    -Dgatling.simulationClass=org.exposuite.loadtest.BenchmarkSimulation -DresultsDir="$results" -DsuiteRoot="$root" \
    -DbaseUrl="$gateway_url" -DregistrationUrl="$registration_url" -DpavilionUrl="$pavilion_url" -DphaseSeconds="$seconds" \
    -DregistrationClients="$registration_clients" -DbrowsingConnections="$connections" -DbrowsingRate="$rate" \
    -DexpoRegistrations="$expo_registrations" >"$log" 2>&1 </dev/null
  gatling_exit=$?
  set -e
  if ((gatling_exit != 0)); then
    expo_warn "the phases ended with exit $gatling_exit; last lines of the log:"
    grep -E "ERROR|FAILED|Exception" "$log" | tail -n 12 | sed 's/^/    /' >&2 || true
  fi
}

# ---------------------------------------------------------------- memory and start time
# Resident memory of each service after the run, from /proc: what the machine gives it.
declare -A rss_mb=() ready_ms=()
read_memory() {
  local name pid kb
  for name in registration exhibitor pavilion; do
    pid="$(cat "$work/pids/$name.pid" 2>/dev/null)" || continue
    kb="$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null)" || continue
    [[ -n "$kb" ]] && rss_mb[$name]=$((kb / 1024))
  done
}

# Each service started alone on its existing schema (the others stopped), from launch to a 200 from /q/health/ready.
start_times() {
  local name line
  own_suite_run stop >/dev/null
  fresh_schema=""
  for name in registration exhibitor pavilion; do
    line="$(own_suite_run start "$name" 2>&1 | grep -E "^expo: $name ready after" | tail -n 1)" || true
    if [[ "$line" =~ ready\ after\ ([0-9]+)\.([0-9]{3})\ s ]]; then
      ready_ms[$name]=$((10#${BASH_REMATCH[1]} * 1000 + 10#${BASH_REMATCH[2]}))
      expo_say "$name-service alone: ready after ${ready_ms[$name]} ms"
    else
      expo_warn "$name-service did not start alone (log: ${work#"$root"/}/logs/$name.log)"
    fi
    own_suite_run stop "$name" >/dev/null
  done
}

if [[ -n "$own_suite" ]]; then
  start_suite
  load_data
else
  expo_say "using the running suite: browsing $gateway_url, registrations $registration_url, pavilions $pavilion_url (no data loaded)"
fi
warm_up
database_ceiling
gatling_exit=""
run_phases
load_at_end="$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "$own_suite" ]]; then
  read_memory
  start_times
fi

# ---------------------------------------------------------------- the table
target_line="own suite: gateway $gateway_url (registration rate limit raised), services $((port_base + 1))-$((port_base + 3)), databases expo_*$db_suffix"
[[ -n "$own_suite" ]] || target_line="running suite: gateway $gateway_url, registration-service $registration_url, pavilion-service $pavilion_url"
sizing="$("$root/deploy/local/suite" sizing 2>/dev/null || true)"
BENCH_SUMMARY="$summary" BENCH_RESULTS="$results/BenchmarkSimulation.tsv" BENCH_TARGET="$target_line" BENCH_CORES="$(nproc)" \
  BENCH_LOAD_START="$load_at_start" BENCH_LOAD_END="$load_at_end" BENCH_SECONDS="$seconds" BENCH_SIZING="$sizing" \
  BENCH_PG_HOT="$pgbench_hot" BENCH_PG_SPREAD="$pgbench_spread" BENCH_PG_READ="$pgbench_read" \
  BENCH_PG_CLIENTS="$pgbench_clients" BENCH_PG_SECONDS="$pgbench_seconds" BENCH_CLIENTS="$registration_clients" \
  BENCH_CONNECTIONS="$connections" BENCH_RATE="$rate" BENCH_EXPO="$expo_registrations" BENCH_EXIT="$gatling_exit" \
  BENCH_RSS="$(for k in "${!rss_mb[@]}"; do printf '%s=%s ' "$k" "${rss_mb[$k]}"; done)" \
  BENCH_READY="$(for k in "${!ready_ms[@]}"; do printf '%s=%s ' "$k" "${ready_ms[$k]}"; done)" \
  BENCH_REPORTS="${here#"$root"/}/target/gatling" \
  python3 - <<'PY'
import os, time

env = os.environ
rows = {}
if os.path.exists(env["BENCH_RESULTS"]):
    with open(env["BENCH_RESULTS"], encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# ") or not line:
                continue
            if header is None:
                header = line.split("\t")
            else:
                row = dict(zip(header, line.split("\t")))
                rows[row["row"]] = row


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def pairs(text):
    return dict(item.split("=", 1) for item in (text or "").split() if "=" in item)


def ok_rate(row):
    """Successful answers per second over the phase's window."""
    if not row or int(row["requests"]) == 0:
        return None
    return number(row["requests_per_s"]) * int(row["ok"]) / int(row["requests"])


out = []
def line(label, value="", row=None, note=""):
    times = f"{row['p50_ms']:>7}{row['p95_ms']:>7}{row['p99_ms']:>7}" if row and row.get("p50_ms") not in (None, "-") else " " * 21
    answers = row["statuses"] if row else ""
    out.append(f"  {label:<50}{value:>14}{times}  {answers}{note}")

def fmt(value, unit):
    return "-" if value is None else f"{value:,.0f} {unit}"

hot, spread, read = (number(env.get(k)) for k in ("BENCH_PG_HOT", "BENCH_PG_SPREAD", "BENCH_PG_READ"))
out.append("Expo Suite benchmark, " + time.strftime("%Y-%m-%d %H:%M %Z") + f", {env['BENCH_SECONDS']} s a phase")
out.append(f"machine: {env['BENCH_CORES']} cores, load average {env['BENCH_LOAD_START']} at the start, {env['BENCH_LOAD_END']} at the end"
           " (1/5/15 min; load generator and PostgreSQL on the same cores)")
out.append("target: " + env["BENCH_TARGET"])
if env.get("BENCH_SIZING"):
    out.append("JVM: " + env["BENCH_SIZING"])
out.append("")
out.append(f"  {'':<50}{'value':>14}{'p50':>7}{'p95':>7}{'p99':>7}  answers (ms; value over the phase's window)")

out.append(f"registrations/s straight to registration-service, {env['BENCH_CLIENTS']} clients back to back;"
           f" pgbench 'a registration's writes, guarded quota update last', {env['BENCH_PG_CLIENTS']} clients, {env['BENCH_PG_SECONDS']} s")
for label, key, ceiling, ceiling_label in (("hot: one category", "register hot", hot, "one quota row"),
                                           ("spread: ten categories", "register spread", spread, "10 quotas")):
    row = rows.get(key)
    achieved = ok_rate(row)
    line(label, fmt(achieved, "/s"), row)
    line(f"  pgbench ceiling, {ceiling_label}", fmt(ceiling, "tx/s"))
    line("  registrations ÷ ceiling", "-" if not (achieved and ceiling) else f"{achieved / ceiling:.1%}")

out.append("browsing mix through the gateway: categories, pavilions, a pavilion's booths, programme, directory, products")
closed, open_ = rows.get("browse closed"), rows.get("browse open")
line(f"maximum, {env['BENCH_CONNECTIONS']} connections (closed model)", fmt(ok_rate(closed), "req/s"), closed)
line(f"at {int(float(env['BENCH_RATE'])):,} req/s offered (open model)", fmt(ok_rate(open_), "req/s"), open_)

out.append(f"GET /api/pavilions, {env['BENCH_CONNECTIONS']} connections (closed model)")
via, direct = rows.get("pavilions via gateway"), rows.get("pavilions direct")
line("through the gateway", fmt(ok_rate(via), "req/s"), via)
line("straight to pavilion-service", fmt(ok_rate(direct), "req/s"), direct)
line("gateway ÷ direct", "-" if not (ok_rate(via) and ok_rate(direct)) else f"{ok_rate(via) / ok_rate(direct):.2f}")

ready, rss = pairs(env.get("BENCH_READY")), pairs(env.get("BENCH_RSS"))
out.append("each service: start to ready started alone (existing schema), resident memory after the run (/proc VmRSS)")
for name in ("registration", "exhibitor", "pavilion"):
    line(f"{name}-service", f"{ready.get(name, '-')} ms", note=f"  {rss.get(name, '-')} MB resident")

expo = rows.get("expo registrations")
out.append(f"the expo: {int(env['BENCH_EXPO']):,} registrations across the demo categories (VISITOR-DAY one day each, PROFESSIONAL),"
           f" {env['BENCH_CLIENTS']} clients")
if expo and int(expo["requests"]) > 0:
    line("time taken", f"{number(expo['seconds']):,.0f} s", expo, note=f"  ({ok_rate(expo):,.0f}/s; {expo['ok']} registered)")
else:
    line("time taken", "-", note="  (no results)")
out.append("")
code = env.get("BENCH_EXIT") or "?"
out.append(f"Gatling: {'every request answered as expected' if code == '0' else f'some requests failed or were refused (exit {code})'};"
           f" HTML report in {env['BENCH_REPORTS']}/")
if not rows:
    out.append("no phase results: see target/bench/logs/BenchmarkSimulation.log")
text = "\n".join(out) + "\n"
with open(env["BENCH_SUMMARY"], "w", encoding="utf-8") as f:
    f.write(text)
print("\n" + text)
PY
expo_say "summary written to ${summary#"$root"/} ($(($(date +%s) - started_at)) s in all)"

#!/usr/bin/env bash
# One benchmark of the suite on this machine: the database's own ceiling (pgbench), then public browsing and the
# registration rush through the gateway (Gatling), and one summary: deploy/loadtest/target/benchmark-summary.txt.
#
# Usage: deploy/loadtest/benchmark.sh
#   Starts its own suite with the launcher (deploy/local/suite): services on 25081-25083 and a gateway on 25080 whose
#   registration rate limit is raised (REGISTRATION_RATE=100000r/s), on the databases expo_*_bench (emptied at start),
#   loads the demo data without attendees through the API, measures, and stops everything it started. Targets are
#   loopback only.
# Environment:
#   EXPO_BENCH_SECONDS (30)      length of each measured phase (browsing, open-rate registration); saturation gets half
#   EXPO_BENCH_VISITORS_PER_SECOND (20), EXPO_BENCH_REGISTRATIONS_PER_SECOND (20), EXPO_BENCH_SATURATION_USERS (16)
#   EXPO_BENCH_PGBENCH_SECONDS (10), EXPO_BENCH_PGBENCH_CLIENTS (8)
#   EXPO_BENCH_PORT_BASE (25080) the own suite's gateway port; the services follow it
#   EXPO_BENCH_GATEWAY=http://localhost:8080 [EXPO_BENCH_REGISTRATION=http://localhost:8081]
#                                use a suite that runs already (e.g. deploy/local/run) instead of starting one; registrations
#                                then go straight to registration-service, as the local gateway limits them to 10/s per client
#   EXPO_BENCH_READY_TIMEOUT (180 s), EXPO_PG_* (see deploy/local/prerequisites.sh)
#   The services are packaged first when missing or older than their sources, as for the local run.
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
visitors="${EXPO_BENCH_VISITORS_PER_SECOND:-20}"
registrations="${EXPO_BENCH_REGISTRATIONS_PER_SECOND:-20}"
saturation_users="${EXPO_BENCH_SATURATION_USERS:-16}"
pgbench_seconds="${EXPO_BENCH_PGBENCH_SECONDS:-10}"
pgbench_clients="${EXPO_BENCH_PGBENCH_CLIENTS:-8}"
ready_timeout="${EXPO_BENCH_READY_TIMEOUT:-180}"
port_base="${EXPO_BENCH_PORT_BASE:-25080}"
for n in "$seconds" "$visitors" "$registrations" "$saturation_users" "$pgbench_seconds" "$pgbench_clients" "$ready_timeout" "$port_base"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || expo_die "the EXPO_BENCH_* settings are whole numbers above 0 (got '$n')"
done
((seconds <= 120 && pgbench_seconds <= 60)) || expo_die "EXPO_BENCH_SECONDS is at most 120 and EXPO_BENCH_PGBENCH_SECONDS at most 60: the benchmark stays under 10 minutes"

pgbench_db=expo_loadtest_pgbench
own_suite=1
if [[ -n "${EXPO_BENCH_GATEWAY:-}" ]]; then
  own_suite=""
  gateway_url="${EXPO_BENCH_GATEWAY%/}"
  registration_url="${EXPO_BENCH_REGISTRATION:-$gateway_url}"
  registration_url="${registration_url%/}"
  for url in "$gateway_url" "$registration_url"; do
    [[ "$url" =~ ^http://(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?$ ]] || expo_die "only loopback targets are measured (got $url)"
  done
else
  gateway_url="http://127.0.0.1:$port_base"
  registration_url="$gateway_url"
fi

# The own suite: a fresh schema, the real clock, the registration limit raised, and copies of the packaged services, so a
# build of the shared checkout during the run cannot pull a jar from under a running service.
own_suite_run() {
  EXPO_PORT_BASE="$port_base" EXPO_DB_SUFFIX=_bench EXPO_RUN_DIR="$work" EXPO_FRESH_SCHEMA=1 EXPO_COPY_APPS=1 \
    EXPO_CLOCK_FIXED='' EXPO_JAVA_OPTS="-Xms256m -Xmx512m" EXPO_READY_TIMEOUT="$ready_timeout" \
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
  expo_say "warming up the services ($(wc -l <"$urls") reads$([[ -n "$own_suite" ]] && echo ", 200 registrations"))"
  timeout 120 xargs -P 4 -n 1 curl -s -o /dev/null --max-time 20 <"$urls" >/dev/null || expo_warn "warm-up reads did not all finish"
  [[ -n "$own_suite" ]] || return 0
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
  pg psql -X -q -v ON_ERROR_STOP=1 -d "$pgbench_db" >/dev/null <<'SQL'
set client_min_messages = warning;
drop table if exists bench_outbox, bench_registration, bench_quota;
create table bench_quota (id integer primary key, capacity integer not null, taken integer not null default 0,
  check (taken >= 0 and taken <= capacity));
insert into bench_quota select g, 1000000000, 0 from generate_series(1, 10) g;
create table bench_registration (id uuid primary key, quota_id integer not null references bench_quota (id),
  email varchar(254) not null, family_name varchar(100) not null, given_name varchar(100) not null,
  country varchar(2) not null, created_at timestamptz not null default now());
create unique index bench_registration_email on bench_registration (lower(email));
create table bench_outbox (id bigint generated always as identity primary key, aggregate_id uuid not null,
  kind varchar(40) not null, payload jsonb not null, created_at timestamptz not null default now());
SQL
  # the service's order: the registration rows first, the guarded quota increment last, so the hot row is locked only until commit
  cat >"$work/registration.pgbench" <<'EOF'
\set q random(1, :quotas)
BEGIN;
INSERT INTO bench_registration (id, quota_id, email, family_name, given_name, country) VALUES (gen_random_uuid(), :q, md5(random()::text) || '@example.cn', '王', '伟', 'CN') RETURNING id AS rid \gset
INSERT INTO bench_outbox (aggregate_id, kind, payload) VALUES ((:rid)::uuid, 'RegistrationCreated', jsonb_build_object('quota', (:q)::int));
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

# ---------------------------------------------------------------- the simulations
declare -A gatling_exit=()
simulate() {
  local simulation="$1" limit="$2"
  shift 2
  expo_say "running $simulation (log: ${work#"$root"/}/logs/$simulation.log)"
  set +e
  timeout --kill-after=15 "$limit" mvn -B -f "$here/pom.xml" gatling:test \
    -Dgatling.simulationClass="org.exposuite.loadtest.$simulation" \
    -DresultsDir="$results" -DsuiteRoot="$root" "$@" >"$work/logs/$simulation.log" 2>&1 </dev/null
  gatling_exit[$simulation]=$?
  set -e
  if ((gatling_exit[$simulation] == 0)); then
    expo_say "$simulation: assertions passed"
  else
    expo_warn "$simulation: exit ${gatling_exit[$simulation]} (failed assertion, or see the log); last lines:"
    grep -E ": false|ERROR|FAILED|Exception|OVERSOLD" "$work/logs/$simulation.log" | tail -n 12 | sed 's/^/    /' >&2 || true
  fi
}

if [[ -n "$own_suite" ]]; then
  start_suite
  load_data
else
  expo_say "using the running suite: browsing $gateway_url, registrations $registration_url (no data loaded)"
fi
warm_up
database_ceiling

ramp=5
half=$(((seconds + 1) / 2))
simulate PublicBrowsingSimulation $((seconds + ramp + 150)) -DbaseUrl="$gateway_url" -DvisitorsPerSecond="$visitors" \
  -DrampSeconds="$ramp" -DdurationSeconds="$seconds"
simulate RegistrationRushSimulation $((seconds + half + ramp + 180)) -DbaseUrl="$gateway_url" -DregistrationUrl="$registration_url" \
  -DregistrationsPerSecond="$registrations" -DrampSeconds="$ramp" -DdurationSeconds="$seconds" \
  -DsaturationUsers="$saturation_users" -DsaturationSeconds="$half"
load_at_end="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- the summary
target_line="own suite: gateway $gateway_url (registration rate limit raised), services $((port_base + 1))-$((port_base + 3)), databases expo_*_bench"
[[ -n "$own_suite" ]] || target_line="running suite: browsing $gateway_url, registrations $registration_url"
BENCH_SUMMARY="$summary" BENCH_RESULTS="$results" BENCH_TARGET="$target_line" BENCH_CORES="$(nproc)" \
  BENCH_LOAD_START="$load_at_start" BENCH_LOAD_END="$load_at_end" BENCH_SECONDS="$seconds" \
  BENCH_PG_HOT="$pgbench_hot" BENCH_PG_SPREAD="$pgbench_spread" BENCH_PG_READ="$pgbench_read" \
  BENCH_PG_CLIENTS="$pgbench_clients" BENCH_PG_SECONDS="$pgbench_seconds" \
  BENCH_VISITORS="$visitors" BENCH_REGISTRATIONS="$registrations" BENCH_SATURATION_USERS="$saturation_users" \
  BENCH_BROWSING_EXIT="${gatling_exit[PublicBrowsingSimulation]}" BENCH_RUSH_EXIT="${gatling_exit[RegistrationRushSimulation]}" \
  BENCH_REPORTS="${here#"$root"/}/target/gatling" \
  python3 - <<'PY'
import os, time

env = os.environ
rows, notes = [], {}
for simulation in ("PublicBrowsingSimulation", "RegistrationRushSimulation"):
    path = os.path.join(env["BENCH_RESULTS"], simulation + ".tsv")
    if not os.path.exists(path):
        rows.append({"row": simulation + ": no results (see its log)"})
        continue
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# "):
                key, _, value = line[2:].partition("=")
                notes[key] = value
            elif header is None:
                header = line.split("\t")
            elif line:
                rows.append(dict(zip(header, line.split("\t"))))


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


hot, spread, read = (number(env.get(k)) for k in ("BENCH_PG_HOT", "BENCH_PG_SPREAD", "BENCH_PG_READ"))
out = []
out.append("Expo Suite benchmark, " + time.strftime("%Y-%m-%d %H:%M %Z"))
out.append(f"machine: {env['BENCH_CORES']} cores, load average {env['BENCH_LOAD_START']} at the start, {env['BENCH_LOAD_END']} at the end"
           " (1/5/15 min; the load generator runs on the same cores)")
out.append("target: " + env["BENCH_TARGET"])
out.append("")
out.append(f"database ceiling (pgbench, {env['BENCH_PG_CLIENTS']} clients, {env['BENCH_PG_SECONDS']} s each, durable commits)")
out.append(f"  registration tx, one hot quota row      {hot or 0:10,.0f} tx/s")
out.append(f"  registration tx, spread over 10 quotas  {spread or 0:10,.0f} tx/s")
out.append(f"  read-only (pgbench -S)                  {read or 0:10,.0f} tx/s")
out.append("")
out.append(f"{'scenario / request':<38}{'requests':>9}{'failed':>8}{'req/s':>9}{'median':>8}{'p95':>8}{'p99':>8}  answers")
for r in rows:
    if "requests" not in r:
        out.append("  " + r["row"])
        continue
    failed = int(r["requests"]) - int(r["ok"])
    out.append(f"{r['row']:<38}{r['requests']:>9}{failed:>8}{r['requests_per_s']:>9}{r['p50_ms']:>8}{r['p95_ms']:>8}{r['p99_ms']:>8}  {r['statuses']}")
out.append("  (times in ms; req/s over the window in which that request ran)")
out.append("")
by_row = {r["row"]: r for r in rows if "requests" in r}
saturation = by_row.get("register (saturation)")
open_rate = by_row.get("register (open rate)")
if saturation and hot:
    rps = number(saturation["requests_per_s"]) * int(saturation["ok"]) / max(1, int(saturation["requests"]))
    out.append(f"registration throughput at saturation ({env['BENCH_SATURATION_USERS']} clients, one category): {rps:,.1f}/s"
               f" = {rps / hot:.1%} of the hot-row ceiling" + (f", {rps / spread:.1%} of the 10-quota ceiling" if spread else ""))
if open_rate:
    out.append(f"registration at the open rate: {env['BENCH_REGISTRATIONS']}/s offered after a 5 s ramp, {open_rate['ok']} of"
               f" {open_rate['requests']} registered, {open_rate['requests_per_s']}/s over the whole window")
if "smallCapacity" in notes:
    out.append(f"sell-out: capacity {notes['smallCapacity']}, places given {notes.get('smallCreated')},"
               f" refused full {notes.get('smallRefusedFull')}, taken afterwards {notes.get('smallTakenAfterwards', '?')}:"
               + (" OVERSOLD" if notes.get("oversold") == "true" else " not oversold"))
verdict = lambda code: "passed" if code == "0" else f"FAILED (exit {code})"
out.append(f"Gatling assertions: browsing {verdict(env['BENCH_BROWSING_EXIT'])}, registration rush {verdict(env['BENCH_RUSH_EXIT'])};"
           f" HTML reports in {env['BENCH_REPORTS']}/")
text = "\n".join(out) + "\n"
with open(env["BENCH_SUMMARY"], "w", encoding="utf-8") as f:
    f.write(text)
print("\n" + text)
PY
expo_say "summary written to ${summary#"$root"/} ($(($(date +%s) - started_at)) s in all)"

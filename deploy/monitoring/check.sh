#!/usr/bin/env bash
# Checks the control room's monitoring files with promtool (Debian package `prometheus`; deploy/local/test installs it):
# the Prometheus configuration and its alert rules, the rules' unit tests (alerts.test.yml, fed with series recorded
# from a run of the suite) and that every query of the Grafana dashboards parses. Any failure fails the build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v promtool >/dev/null || { echo "monitoring: missing prerequisite promtool (Debian: apt-get install prometheus)" >&2; exit 1; }
command -v node >/dev/null || { echo "monitoring: missing prerequisite node (Node 20 or newer)" >&2; exit 1; }
mkdir -p "$here/target"

cd "$here/prometheus"
promtool check config prometheus.yml
node "$here/recorded-series.mjs" alerts.test.yml recorded
promtool test rules alerts.test.yml

node "$here/dashboard-queries.mjs" "$here"/grafana/dashboards/*.json > "$here/target/dashboard-queries.yml"
promtool check rules "$here/target/dashboard-queries.yml"

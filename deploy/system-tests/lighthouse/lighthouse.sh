#!/usr/bin/env bash
# Audits the website of a running suite with Lighthouse (pinned in package.json) and prints the accessibility and
# performance scores of the home and register pages.
# Usage: deploy/system-tests/lighthouse/lighthouse.sh [GATEWAY_URL]      (default http://localhost:8080, e.g. deploy/local/run)
# Environment: CHROME_PATH (/usr/bin/chromium), LIGHTHOUSE_PRESET (mobile, the default, or desktop),
#   LIGHTHOUSE_PAGES ("/ /register.html"), LIGHTHOUSE_MIN_ACCESSIBILITY (95), LIGHTHOUSE_MIN_PERFORMANCE (90).
# Reports (HTML and JSON) go to deploy/system-tests/target/lighthouse/. Exits 1 when a score is under its minimum.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
gateway="${1:-http://localhost:8080}"
gateway="${gateway%/}"
preset="${LIGHTHOUSE_PRESET:-mobile}"
pages="${LIGHTHOUSE_PAGES:-/ /register.html}"
min_accessibility="${LIGHTHOUSE_MIN_ACCESSIBILITY:-95}"
min_performance="${LIGHTHOUSE_MIN_PERFORMANCE:-90}"
reports="$(cd "$here/.." && pwd)/target/lighthouse"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

say() { printf '[lighthouse] %s\n' "$*"; }
die() { printf '[lighthouse] ERROR: %s\n' "$*" >&2; exit 2; }

command -v node >/dev/null || die "Node.js 18.16 or newer is needed (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || die "npm is needed (Debian: apt-get install npm)"
[[ -x "$CHROME_PATH" ]] || die "no Chromium at $CHROME_PATH (Debian: apt-get install chromium; or set CHROME_PATH)"
[[ "$preset" == mobile || "$preset" == desktop ]] || die "LIGHTHOUSE_PRESET must be mobile or desktop, not $preset"
curl -fsS -o /dev/null --max-time 5 "$gateway/gateway/health" \
  || die "no suite answers at $gateway (start one: deploy/local/run)"

# the locked version, installed once beside this script
if [[ ! -x "$here/node_modules/.bin/lighthouse" ]]; then
  say "installing Lighthouse from package-lock.json"
  (cd "$here" && npm ci --no-fund --no-audit --loglevel=error) || die "npm ci failed"
fi

mkdir -p "$reports"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
preset_args=()
[[ "$preset" == desktop ]] && preset_args=(--preset=desktop)

status=0
printf '%-24s %-8s %13s %11s\n' page preset accessibility performance
for page in $pages; do
  name="$(printf '%s' "$page" | sed 's#^/##; s#\.html$##; s#[^A-Za-z0-9]#-#g')"
  name="${name:-home}-$preset"
  # a busy machine now and then loses the page load's trace (NO_NAVSTART); Lighthouse then asks to run again
  for attempt in 1 2 3; do
    if "$here/node_modules/.bin/lighthouse" "$gateway$page" "${preset_args[@]}" \
      --only-categories=accessibility,performance \
      --output=json --output=html --output-path="$reports/$name" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir=$profile" \
      --quiet; then
      break
    fi
    ((attempt < 3)) || die "Lighthouse failed on $gateway$page three times"
    say "Lighthouse failed on $gateway$page; running it again"
  done
  read -r accessibility performance < <(node -e '
    const report = require(process.argv[1]);
    const score = c => Math.round(report.categories[c].score * 100);
    console.log(score("accessibility"), score("performance"));' "$reports/$name.report.json")
  printf '%-24s %-8s %13s %11s\n' "$page" "$preset" "$accessibility" "$performance"
  if (( accessibility < min_accessibility || performance < min_performance )); then
    status=1
  fi
done
say "reports: ${reports#"$PWD"/}/*.report.html"
((status == 0)) || say "a score is under its minimum (accessibility $min_accessibility, performance $min_performance)"
exit "$status"

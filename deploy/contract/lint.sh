#!/usr/bin/env bash
# Lints the OpenAPI documents the services' builds wrote to <service>/target/openapi/openapi.yaml: Spectral with the
# OWASP API Security ruleset (.spectral.yaml) and Redocly (redocly.yaml). Any error exits 1; `mvn verify` runs this
# after packaging the services. Needs Node 20+; the tools' exact versions are locked in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if (( node_major < 20 )); then
  echo "The API lint needs Node 20 or newer with npm (found: $(node -v 2>/dev/null || echo none)); -Dlint.contract.skip=true leaves it out." >&2
  exit 1
fi

# the tools stay installed between builds (node_modules is not versioned); npm ci again only when the lockfile changed
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.lockfile-sha256
if [[ ! -f $stamp || $(cat "$stamp") != "$lock" ]]; then
  npm ci --no-audit --no-fund --ignore-scripts
  echo "$lock" > "$stamp"
fi

documents=()
for service in registration exhibitor pavilion; do
  document=../../$service-service/target/openapi/openapi.yaml
  if [[ ! -f $document ]]; then
    echo "No API document at $document: package $service-service first (mvn -pl deploy/contract -am verify)." >&2
    exit 1
  fi
  documents+=("$document")
done

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
status=0
for document in "${documents[@]}"; do
  echo "Spectral (OWASP): $document"
  npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error --display-only-failures "$document" || status=1
done
echo "Redocly: ${documents[*]}"
npx --no-install redocly lint --config redocly.yaml --format stylish "${documents[@]}" || status=1
exit $status

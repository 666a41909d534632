#!/usr/bin/env bash
# npm run content-path: runs, and times, the steps the deploy workflow runs for
# a push that changes only content (docs/trien-khai.md, "Hai đường kiểm tra"):
# install, content check, build, static gates and page weights, browser smoke
# test. Builds into a temporary folder with an empty Astro cache (a cold build:
# the workflow usually restores a warm one), so dist/ is left alone.
#   npm run content-path                 # all steps
#   SKIP_INSTALL=1 npm run content-path  # without `npm ci`
# Chromium must already be installed (scripts/ensure-chromium.sh, about 40 s more
# the first time on a fresh runner).
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/giot-hong-content-path.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export GIOT_HONG_OUT_DIR="$work/dist" GIOT_HONG_CACHE_DIR="$work/cache" GATES_DIR="$work/dist" BUDGET_DIR="$work/dist"
export ASTRO_TELEMETRY_DISABLED=1 CI=true

total=0
report=""
step() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  echo "::group::$name"
  "$@"
  echo "::endgroup::"
  end=$(date +%s.%N)
  local took
  took=$(awk "BEGIN { print $end - $start }")
  total=$(awk "BEGIN { print $total + $took }")
  report+=$(printf '%7.1f s  %s' "$took" "$name")$'\n'
}

[ -n "${SKIP_INSTALL:-}" ] || step "Install (npm ci)" npm ci --no-audit --no-fund
step "Kiểm tra nội dung (content check)" npm run --silent check
step "Dựng trang vào dist/ (build)" npm run --silent build
step "Cổng kiểm tra tĩnh (gates + budget)" bash -c "npm run --silent gates && npm run --silent budget"
step "Thử các trang (browser smoke test)" npm run --silent smoke -- data/years.json

echo
echo "Đường nội dung (content-only path), $(nproc) nhân, $(date -u +%Y-%m-%dT%H:%MZ):"
printf '%s' "$report"
printf '%7.1f s  %s\n' "$total" "Tổng (total)"

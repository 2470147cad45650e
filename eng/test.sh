#!/usr/bin/env bash
# The whole test suite: installs what the tests need, builds once, runs every test project and ends with
# one line "N passed, N failed" summed over all of them. Exit status is non-zero when anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log() { echo "test.sh: $*" >&2; }

install_prerequisites() {
  local missing=()
  command -v git >/dev/null 2>&1 || missing+=(git)
  # The Bowsprit.Storage tests run a real S3-compatible server (s3rver) under node.
  command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
  # Local jobs run sandboxed with bubblewrap where it is installed; the runtime tests cover both cases.
  command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
  # Browser tests drive Debian's chromium through Playwright; nothing is downloaded.
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  if ((${#missing[@]} > 0)); then
    log "installing ${missing[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq && $sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [[ ! -d eng/tools/s3rver/node_modules ]]; then
    log "installing s3rver (eng/tools/s3rver)"
    (cd eng/tools/s3rver && npm ci --no-audit --no-fund >/dev/null)
  fi
}

install_prerequisites

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

log "building (Release)"
if ! dotnet build Bowsprit.slnx -c Release --nologo -v quiet; then
  echo "0 passed, 1 failed"
  log "build failed"
  exit 1
fi

passed=0
failed=0
status=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  [[ "$name" == "Bowsprit.Testing" ]] && continue   # a library of fakes, not a test executable
  exe="$root/artifacts/bin/$name/release/$name"
  log "running $name"
  report="$results/$name.xml"
  "$exe" --report-xunit-xml --report-xunit-xml-filename "$name.xml" --results-directory "$results" --progress off "$@" \
    >"$results/$name.log" 2>&1
  code=$?
  tail -n 5 "$results/$name.log" >&2
  if [[ ! -f "$report" ]]; then
    log "$name produced no report (exit $code); see $results/$name.log"
    failed=$((failed + 1))
    status=1
    continue
  fi
  p=$(grep -o '<assembly [^>]*' "$report" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}')
  f=$(grep -o '<assembly [^>]*' "$report" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}')
  e=$(grep -o '<assembly [^>]*' "$report" | grep -o ' errors="[0-9]*"' | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  if [[ $code -ne 0 ]]; then
    status=1
    if [[ ${f:-0} -eq 0 && ${e:-0} -eq 0 ]]; then
      failed=$((failed + 1))
    fi
  fi
done

echo "$passed passed, $failed failed"
exit $status

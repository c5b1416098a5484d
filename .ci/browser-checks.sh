#!/usr/bin/env bash
# Looks at the generated pages in a real browser: Debian's headless Chromium driven by
# playwright-core (which downloads no browser of its own), with axe-core and Lighthouse from
# .ci/package.json (versions pinned in .ci/package-lock.json). One site is built per theme under
# templates/ into target/sites/<theme>/, then:
#   from-disk.mjs    every page opened from file:// with JavaScript off and on: stylesheet applied,
#                    local files loaded, no failed or non-file request, no CSP violation, JSON-LD
#   axe.mjs          axe-core, WCAG 2.2 A/AA (colour contrast included), light and dark schemes
#   screenshots.mjs  the reference article at 1280 px, 390 px, dark, printed; the index
#                    (target/screenshots/)
#   lighthouse.mjs   performance, accessibility, best practices, SEO >= 0.95 on every page served
#                    over http://127.0.0.1 (target/lighthouse/scores.md)
# and the reference article's page plus its stylesheet must stay under 60 KB.
set -euo pipefail
cd "$(dirname "$0")/.."

# apt-get needs root: CI here runs as root, a GitHub runner through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
CHROME_PATH=$(command -v chromium)
export CHROME_PATH
echo "node $(node --version), $(chromium --version 2>/dev/null)"
(cd .ci && npm ci --no-audit --no-fund --loglevel=error)

if [ ! -f target/gloss.jar ]; then
  mvn -B -ntp -q package -DskipTests -Dgloss.skipSite=true
fi
rm -rf target/sites
for folder in templates/*/; do
  theme=$(basename "$folder")
  java -jar target/gloss.jar build --seeds seeds --out "target/sites/$theme" --theme "$theme"
done

passed=0
failed=0
check() {
  echo "== $1"
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

page_size() {
  local reference=artists-get-revenge-on-openai-leak-private-ai-video-tool-to-public
  local limit=$((60 * 1024)) ok=0 site html css total
  for site in target/sites/*/; do
    html=$(stat -c %s "$site$reference/index.html")
    css=$(cat "$site"assets/*/gloss.css | wc -c)
    total=$((html + css))
    printf '%s: reference article page %d B + CSS %d B = %d B (limit %d B)\n' \
      "$(basename "$site")" "$html" "$css" "$total" "$limit"
    [ "$total" -lt "$limit" ] || ok=1
  done
  return $ok
}

check "page size" page_size
check "opened from disk" node .ci/checks/from-disk.mjs
check "axe-core" node .ci/checks/axe.mjs
check "screenshots" node .ci/checks/screenshots.mjs
check "Lighthouse" node .ci/checks/lighthouse.mjs

echo "browser checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Opens every generated page from disk (file://, no server) in Debian's headless Chromium, checks
# that it parses into a page with its headline, and saves desktop and phone screenshots of each
# article under target/screenshots/ for people to look at.
set -euo pipefail
cd "$(dirname "$0")/.."

# apt-get needs root: CI here runs as root, a GitHub runner through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

# Flags for a closed network: without them Chromium keeps trying to reach Google's services.
chrome() {
  local profile
  profile=$(mktemp -d)
  timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>/dev/null
  rm -rf "$profile"
}

shots=target/screenshots
mkdir -p "$shots"
pages=0
failed=0
while IFS= read -r page; do
  pages=$((pages + 1))
  url="file://$(pwd)/$page"
  dom=$(chrome --dump-dom "$url" || true)
  if ! grep -q '<h1' <<<"$dom" || ! grep -q 'rel="stylesheet"' <<<"$dom"; then
    echo "FAIL $page: no headline or stylesheet in the rendered DOM" >&2
    failed=$((failed + 1))
    continue
  fi
  if grep -qi '<script[^>]*src=\|https\?://[^"]*\.\(css\|js\|woff2\?\)' <<<"$dom"; then
    echo "FAIL $page: loads a script or a remote asset" >&2
    failed=$((failed + 1))
    continue
  fi
  name=$(dirname "$page" | sed 's#^site/\?##; s#/#_#g')
  name=${name:-index}
  chrome --window-size=1280,1600 --screenshot="$shots/$name-desktop.png" "$url" >/dev/null
  chrome --window-size=390,1800 --screenshot="$shots/$name-phone.png" "$url" >/dev/null
  for png in "$shots/$name-desktop.png" "$shots/$name-phone.png"; do
    if [ ! -s "$png" ] || [ "$(stat -c %s "$png")" -lt 20000 ]; then
      echo "FAIL $page: screenshot $png is missing or blank" >&2
      failed=$((failed + 1))
    fi
  done
  echo "ok   $page"
done < <(find site -name index.html | sort)

echo "browser checks: $((pages - failed)) pages ok, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Vendor the front-end assets Boardwork serves (no build step at run time).
#   scripts/vendor_static.sh          fetch the pinned versions into boardwork/web/static/vendor/
# Needs npm (registry access). Copies only the dist files the pages use, strips GOV.UK Frontend's
# @font-face rules (GDS Transport is licensed for GOV.UK services only, so text falls back to Arial)
# and records the versions in VERSIONS.txt.
set -euo pipefail

GOVUK_FRONTEND=${GOVUK_FRONTEND:-5.14.0}
HTMX=${HTMX:-2.0.11}
CHARTJS=${CHARTJS:-4.6.1}
AXE=${AXE:-4.14.1}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST="$ROOT/boardwork/web/static/vendor"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cd "$TMP"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --silent \
  "govuk-frontend@$GOVUK_FRONTEND" "htmx.org@$HTMX" "chart.js@$CHARTJS" "axe-core@$AXE"

rm -rf "$DEST"
mkdir -p "$DEST/govuk/assets/images" "$DEST/govuk/assets/fonts-removed" "$DEST/htmx" "$DEST/chartjs" "$DEST/axe"
rmdir "$DEST/govuk/assets/fonts-removed"

G=node_modules/govuk-frontend/dist/govuk
# The compiled CSS, minus every @font-face block (GDS Transport). The font-family stacks still
# name "GDS Transport" first; with no @font-face the browser falls back to Arial.
python3 - "$G/govuk-frontend.min.css" "$DEST/govuk/govuk-frontend.min.css" <<'PY'
import re, sys
css = open(sys.argv[1], encoding="utf-8").read()
css, n = re.subn(r"@font-face\s*\{[^{}]*\}", "", css)
css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
assert "@font-face" not in css, "an @font-face rule survived"
open(sys.argv[2], "w", encoding="utf-8").write(css)
print(f"stripped {n} @font-face rules", file=sys.stderr)
PY
cp "$G/govuk-frontend.min.js" "$DEST/govuk/"
sed -i 's#//\# sourceMappingURL=.*##' "$DEST/govuk/govuk-frontend.min.js"
for f in favicon.ico favicon.svg govuk-icon-180.png; do
  [ -f "$G/assets/images/$f" ] && cp "$G/assets/images/$f" "$DEST/govuk/assets/images/" || true
done
cp node_modules/govuk-frontend/LICENSE* "$DEST/govuk/" 2>/dev/null || true

cp node_modules/htmx.org/dist/htmx.min.js "$DEST/htmx/"
cp node_modules/htmx.org/LICENSE "$DEST/htmx/" 2>/dev/null || true
cp node_modules/chart.js/dist/chart.umd.min.js "$DEST/chartjs/" 2>/dev/null \
  || cp node_modules/chart.js/dist/chart.umd.js "$DEST/chartjs/chart.umd.min.js"
sed -i 's#//\# sourceMappingURL=.*##' "$DEST/chartjs/chart.umd.min.js"
cp node_modules/chart.js/LICENSE.md "$DEST/chartjs/" 2>/dev/null || true
cp node_modules/axe-core/axe.min.js "$DEST/axe/"
cp node_modules/axe-core/LICENSE "$DEST/axe/" 2>/dev/null || true

{
  echo "# Vendored by scripts/vendor_static.sh on $(date -u +%Y-%m-%d). Do not edit these files by hand."
  for p in govuk-frontend htmx.org chart.js axe-core; do
    v=$(node -p "require('./node_modules/$p/package.json').version")
    l=$(node -p "require('./node_modules/$p/package.json').license")
    echo "$p $v ($l)"
  done
  echo "govuk-frontend: @font-face rules removed (GDS Transport is for GOV.UK services only; falls back to Arial)"
} > "$DEST/VERSIONS.txt"
cat "$DEST/VERSIONS.txt"

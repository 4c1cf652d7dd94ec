#!/usr/bin/env bash
# Renders Mermaid diagrams (erd.mmd, or the ```mermaid blocks of a markdown file) to SVG with mermaid-cli driving
# Debian's chromium (no browser download). Install once: bash tools/validators/install.sh --svg
# usage: tools/validators/render-svg.sh erd.mmd [out.svg]      (default out: erd.svg next to the input)
#        tools/validators/render-svg.sh design.md out.md      (markdown: writes out.md with each block as an image)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
in=${1:?usage: render-svg.sh FILE.mmd|FILE.md [OUT]}
out=${2:-${in%.*}.svg}
mmdc="$here/svg/node_modules/.bin/mmdc"
if [ ! -x "$mmdc" ] || [ ! -x /usr/bin/chromium ]; then
  echo "mermaid-cli or chromium missing: run bash tools/validators/install.sh --svg" >&2
  exit 3
fi
export PUPPETEER_SKIP_DOWNLOAD=1
"$mmdc" --quiet --puppeteerConfigFile "$here/svg/puppeteer-config.json" --input "$in" --output "$out"
echo "$out"

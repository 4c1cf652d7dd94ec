#!/usr/bin/env bash
# Median time from POST to 202 (ingest + store + every requirement event acknowledged) for one document,
# against a running ingest-service. Each upload uses a fresh projectId, so none takes the idempotent shortcut.
# usage: bench/upload-latency.sh [URL] [DOCUMENT] [COUNT]
set -euo pipefail
url=${1:-http://127.0.0.1:8080}
doc=${2:-$(dirname "$0")/../../corpus/dev/dkarwacki__trip-planner/prd.md}
count=${3:-20}
prefix="bench-$(date +%s)"
times=()
for i in $(seq 1 "$count"); do
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -F "files=@${doc}" "${url}/v1/projects/${prefix}-${i}/runs")
  code=${out% *}
  [[ "$code" == 202 ]] || { echo "upload $i answered $code" >&2; exit 1; }
  times+=("${out#* }")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$count" -v doc="$doc" '
  { t[NR] = $1 }
  END { printf "uploads: %d of %s\nmedian: %.0f ms  p90: %.0f ms  min: %.0f ms  max: %.0f ms\n",
        n, doc, t[int((n+1)/2)]*1000, t[int(n*0.9)]*1000, t[1]*1000, t[n]*1000 }'

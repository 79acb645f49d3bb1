#!/usr/bin/env bash
# Prints the gzipped size (gzip -9, as most static servers send) of a release build,
# per kind of file, and checks the total against the budget.
set -euo pipefail
dist=${1:-dist}
# The foundation issue set 120 KB for the bare shell; the app with the self-check is
# larger (see the closing notes). This guards against regressions.
budget_kb=${SIZE_BUDGET_KB:-310}
[[ -d $dist ]] || { echo "no $dist/: run 'make build' first" >&2; exit 1; }

declare -A raw gz
for kind in wasm js css html json other; do raw[$kind]=0; gz[$kind]=0; done
while IFS= read -r -d '' file; do
  case $file in
    *.wasm) kind=wasm ;; *.js|*.mjs) kind=js ;; *.css) kind=css ;;
    *.html) kind=html ;; *.json|*.webmanifest) kind=json ;; *) kind=other ;;
  esac
  raw[$kind]=$(( raw[$kind] + $(stat -c %s "$file") ))
  gz[$kind]=$(( gz[$kind] + $(gzip -9 -c "$file" | wc -c) ))
done < <(find "$dist" -type f -print0)

total_raw=0; total_gz=0
printf '%-8s %12s %12s\n' kind bytes gzipped
for kind in wasm js css html json other; do
  printf '%-8s %12d %12d\n' "$kind" "${raw[$kind]}" "${gz[$kind]}"
  total_raw=$(( total_raw + raw[$kind] )); total_gz=$(( total_gz + gz[$kind] ))
done
printf '%-8s %12d %12d\n' total "$total_raw" "$total_gz"
awk -v t="$total_gz" -v d="${gz[json]}" -v b="$budget_kb" 'BEGIN {
  printf "total %.1f KB gzipped (of which data %.1f KB); budget %d KB\n", t/1000, d/1000, b }'
if (( total_gz > budget_kb * 1000 )); then
  echo "over budget" >&2; exit 1
fi

#!/usr/bin/env bash
# Fails (and lists the files) when any tracked C++ file is not as .clang-format lays it out.
#   tests/check-format.sh            check;   tests/check-format.sh --fix   reformat in place
set -uo pipefail
cd "$(dirname "$0")/.."
tool="$(command -v clang-format-14 || command -v clang-format || true)"
[ -n "$tool" ] || { echo "clang-format-14 is missing (packaging/install-deps.sh installs it)"; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then "$tool" -i "${files[@]}"; exit $?; fi
bad=()
for f in "${files[@]}"; do "$tool" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f"); done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'not formatted (run tests/check-format.sh --fix):\n'; printf '  %s\n' "${bad[@]}"; exit 1
fi
echo "format: ${#files[@]} files as .clang-format says"

#!/bin/sh
# Benchmark (not a ctest): getting a GTZAN archive, `gtzan-cli get-gtzan` against the way the
# peers' notebooks do it (torchaudio's GTZAN loader: download to a file, check the hash, then
# tarfile extraction; written out here with urllib, hashlib and tarfile, as torchaudio.datasets.utils
# does), both from the same local HTTP server (python3 -m http.server, loopback) in the same run.
# The archive is the 50-clip sample as genres/<genre>/<clip>.wav, repeated REPEAT times (default 4:
# 200 clips, about 235 MB) so that the time is the work, not the start-up. Each side runs three
# times, alternating; the medians are compared.
#   sh tests/bench/get_gtzan.sh [build/bin/gtzan-cli] [../shared/data/gtzan-sample] [REPEAT]
set -eu
cli=$(cd "$(dirname "${1:-build/bin/gtzan-cli}")" && pwd)/$(basename "${1:-build/bin/gtzan-cli}")
data=$(cd "${2:-../shared/data/gtzan-sample}" && pwd)
repeat=${3:-4}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/www"
/usr/bin/python3 - "$data/genres" "$work/www/genres.tar.gz" "$repeat" <<'PY'
import os, sys, tarfile
src, out, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
with tarfile.open(out, "w:gz") as t:
    for r in range(repeat):
        for g in sorted(os.listdir(src)):
            for f in sorted(os.listdir(os.path.join(src, g))):
                t.add(os.path.join(src, g, f), arcname=f"genres/{g}/{r}-{f}")
PY
sha=$(sha256sum "$work/www/genres.tar.gz" | cut -d' ' -f1)
size=$(stat -c %s "$work/www/genres.tar.gz")
port=$((20000 + $$ % 20000))
(cd "$work/www" && exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
sleep 1
url="http://127.0.0.1:$port/genres.tar.gz"

# The peer, as a script of its own (torchaudio.datasets.utils does these three steps).
cat >"$work/peer.py" <<'PY'
import hashlib, os, sys, tarfile, urllib.request
url, folder, sha = sys.argv[1:]
os.makedirs(folder, exist_ok=True)
archive = os.path.join(folder, "genres.tar.gz")
h = hashlib.sha256()
with urllib.request.urlopen(url) as r, open(archive, "wb") as f:
    while True:
        block = r.read(1 << 20)
        if not block:
            break
        f.write(block)
with open(archive, "rb") as f:
    for block in iter(lambda: f.read(1 << 20), b""):
        h.update(block)
assert h.hexdigest() == sha
with tarfile.open(archive) as t:
    t.extractall(folder)
os.remove(archive)
PY
ours_all=""; peer_all=""
for run in 1 2 3; do
    rm -rf "$work/ours" "$work/peer"
    t0=$(date +%s.%N)
    "$cli" get-gtzan --to "$work/ours" --url "$url" --sha256 "$sha" --json >"$work/ours.json" 2>/dev/null
    t1=$(date +%s.%N)
    /usr/bin/python3 "$work/peer.py" "$url" "$work/peer" "$sha"
    t2=$(date +%s.%N)
    ours_all="$ours_all $(echo "$t1 - $t0" | bc)"; peer_all="$peer_all $(echo "$t2 - $t1" | bc)"
done
median() { echo $* | tr ' ' '\n' | sort -n | sed -n 2p; }
ours=$(median $ours_all); peer=$(median $peer_all)
clips=$(find "$work/ours/genres" -name '*.wav' | wc -l)
echo "archive $((size / 1048576)) MB, $clips clips"
echo "gtzan-cli get-gtzan: median ${ours} s of ($ours_all ) (start-up with LibTorch, download, SHA-256, safe unpack, scan)"
echo "python urllib + hashlib + tarfile (torchaudio's way): median ${peer} s of ($peer_all ) (download, SHA-256, extractall)"
echo "ratio peer/ours: $(echo "scale=2; $peer / $ours" | bc)"

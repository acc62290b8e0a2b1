#!/usr/bin/env bash
# Training throughput of gtzan-cli against ../shared/peers/train_peer.py, same batch, steps and
# threads, interleaved in the same run (the machine is shared: compare pairs, not single runs).
# Usage: tests/bench/train_vs_peer.sh [ROUNDS] [MODELS...]   (from the checkout, after a build)
set -euo pipefail
rounds=${1:-3}; shift || true
models=${*:-cnn1d cnn2d resnet34}
cli=${GTZAN_CLI:-build/bin/gtzan-cli}
peer=${PEER:-../shared/peers/train_peer.py}
for m in $models; do
  steps=20; [ "$m" = resnet34 ] && steps=5
  for r in $(seq "$rounds"); do
    ours=$("$cli" bench train --model "$m" --batch 32 --threads 2 --steps $steps)
    theirs=$(/usr/bin/python3 "$peer" --model "$m" --batch 32 --threads 2 --steps $steps)
    python3 - "$ours" "$theirs" <<'PY'
import json, sys
o, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
assert o["params"] == p["params"], (o["params"], p["params"])
print(json.dumps({"model": o["model"], "params": o["params"],
                  "ours_train": round(o["train_samples_per_s"], 2), "peer_train": round(p["train_samples_per_s"], 2),
                  "train_ratio": round(o["train_samples_per_s"] / p["train_samples_per_s"], 3),
                  "ours_infer": round(o["infer_samples_per_s"], 2), "peer_infer": round(p["infer_samples_per_s"], 2),
                  "infer_ratio": round(o["infer_samples_per_s"] / p["infer_samples_per_s"], 3)}))
PY
  done
done

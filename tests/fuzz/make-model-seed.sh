#!/usr/bin/env bash
# Writes a small model file for corpus/modelfile with gtzan-cli train: embed_mlp (43 KB; the
# convolutional networks are over 100 KB), one epoch on a generated GTZAN-shaped folder of the 8 gct634 genres x 2 one-second clips.
#   make-model-seed.sh GTZAN_CLI SCRATCH_DIR OUT_DIR
set -euo pipefail
cli="$1"; scratch="$2"; out="$3"
data="$scratch/gtzan/genres"
freq=200
for g in classical country disco hiphop jazz metal pop reggae; do
  mkdir -p "$data/$g"
  for i in 0 1; do
    sox -n -r 22050 -c 1 -b 16 "$data/$g/$g.0000$i.au" synth 1 sine $((freq + 37 * i))
  done
  freq=$((freq + 150))
done
common=(--data "$scratch/gtzan" --genres gct634 --test-per-genre 1 --segment 0 --epochs 1 --seeds 1 --threads 1)
"$cli" train "${common[@]}" --model embed_mlp --out "$out/embed_mlp.gtzm" >/dev/null


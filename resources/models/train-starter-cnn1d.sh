#!/bin/sh
# Remakes resources/models/starter-cnn1d.gtzm, the small second starter (the Predict tab offers it beside the musicnn starter), with the
# project's own CLI on the real GTZAN sample in ../shared (50 clips, 5 per genre, 10 genres): the
# last 2 clips of each genre are held out as test clips (30 training, 20 test), no validation set
# (too few clips), 1 seed, 2 LibTorch threads. Run from the checkout after building:
#   sh resources/models/train-starter.sh [build/bin/gtzan-cli] [../shared/data/gtzan-sample]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$here/../../build/bin/gtzan-cli}
data=${2:-$here/../../../shared/data/gtzan-sample}
"$cli" train --data "$data" --genres all --test-per-genre 2 --model cnn1d --preset gct634 \
    --epochs 30 --seeds 1 --seed 1 --threads 2 \
    --provenance "gtzan-cli train --data gtzan-sample --genres all --test-per-genre 2 --model cnn1d --preset gct634 --epochs 30 --seeds 1 --seed 1 --threads 2 (resources/models/train-starter-cnn1d.sh)" \
    --out "$here/starter-cnn1d.gtzm"

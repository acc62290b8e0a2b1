#!/bin/sh
# Remakes resources/models/starter.gtzm, the model the Predict tab uses on first launch, with the
# project's own CLI on the real GTZAN sample in ../shared (50 clips, 5 per genre, 10 genres):
# embed_mlp on the pretrained MSD musicnn's max_pool embedding (averaged over a clip's 3 s
# patches), trained on all 50 clips. Its honest accuracy comes from 5-fold cross-validation
# (stratified, seeded: each clip predicted by a model that never saw it), which also calibrates
# its probabilities and tries the "unsure" rules. The file carries the musicnn weights it was
# trained with (MSD_musicnn, ISC licence, Jordi Pons and Xavier Serra), so prediction needs
# nothing beside it. --reproducible keeps wall-clock times out: the same command gives the same
# file. Run from the checkout after building:
#   sh resources/models/train-starter.sh [build/bin/gtzan-cli] [../shared/data/gtzan-sample]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$here/../../build/bin/gtzan-cli}
data=${2:-$here/../../../shared/data/gtzan-sample}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
options="--genres all --test-per-genre 0 --model embed_mlp --embedding msd --embedding-layer max_pool --preset gct634 --segment 0 --epochs 100 --lr 1e-3 --batch 16 --seeds 1 --seed 1 --folds 5 --threads 2"
# shellcheck disable=SC2086
GTZAN_MUSICNN_DIR="${GTZAN_MUSICNN_DIR:-$here/../../../shared/models/musicnn}" \
"$cli" train --data "$data" $options --cache "$cache" --reproducible \
    --provenance "gtzan-cli train --data gtzan-sample $options --reproducible (resources/models/train-starter.sh)" \
    --out "$here/starter.gtzm"

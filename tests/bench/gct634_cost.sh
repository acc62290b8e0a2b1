#!/usr/bin/env bash
# What the full gct634 protocol (gtzan-cli reproduce --protocol gct634) would cost on this machine's
# CPU, from measured epoch times. Not a test: run by hand, and report the figures (docs/experiments.md).
#   tests/bench/gct634_cost.sh [BUILD_DIR] [THREADS]      (defaults: build, all cores)
# For every network of the plan it trains one epoch on the real sample (3 training clips per
# genre of the 8, cut into 4 s segments: 168 segments), the protocol's own pipeline, and reads the
# epoch's time from the training's JSON. It scales that to the protocol's training side (580 train
# clips less 5 validation clips per genre = 540, 1080 with 1:1 augmentation; 7 segments each: whole
# clips cost about what their segments cost, as a convolution's work follows the frames) and
# multiplies by the epochs (30), the seeds (3) and the cells the network has (a fusion counts as
# its backbone: its embedding branch is one small layer). The embedding MLPs train in seconds; the
# musicnn embeddings they and the fusions need are computed once (cached), timed with bench embed.
# Validation (40 clips per epoch, forward only) adds a few per cent, not counted.
set -euo pipefail
build=${1:-build}
threads=${2:-$(nproc)}
cli="$build/bin/gtzan-cli"
data=../shared/data/gtzan-sample
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 1; }
[ -d "$data" ] || { echo "no $data" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# cells without and with augmentation in the gct634 plan, per spectrogram network
declare -A plain=([baseline1d]=1 [cnn1d]=2 [cnn2d]=4 [resnet34]=2 [vgg13]=0 [vgg16]=0 [vgg19]=0 [resnet18]=0 [resnet50]=0 [resnet101]=0)
declare -A augmented=([baseline1d]=1 [cnn1d]=2 [cnn2d]=4 [resnet34]=3 [vgg13]=1 [vgg16]=1 [vgg19]=1 [resnet18]=1 [resnet50]=1 [resnet101]=1)
total=0
printf "%-11s %12s %16s %8s\n" network "ms/segment" "h per seed-run" "hours"
for net in baseline1d cnn1d cnn2d resnet34 vgg13 vgg16 vgg19 resnet18 resnet50 resnet101; do
    json=$("$cli" train --data "$data" --test-per-genre 1 --val-per-genre 1 --model "$net" --segment 4 --epochs 1 --seeds 1 \
           --threads "$threads" --cache "$tmp/cache" --out "$tmp/$net.gtzm" --json 2>/dev/null)
    s=$(printf '%s' "$json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["runs"][0]["history"][0]["epochSeconds"])')
    read -r perSegment run hours < <(awk -v s="$s" -v p="${plain[$net]}" -v a="${augmented[$net]}" \
        'BEGIN { seg = s / 168; run = seg * 540 * 7 * 30; printf "%.2f %.2f %.2f\n", seg * 1000, run / 3600, 3 * (p * run + a * 2 * run) / 3600 }')
    printf "%-11s %12s %16s %8s\n" "$net" "$perSegment" "$run" "$hours"
    total=$(awk -v t="$total" -v h="$hours" 'BEGIN { print t + h }')
done
ms=$("$cli" bench embed "$data/genres/blues/blues.00000.wav" --threads "$threads" --repeats 3 2>/dev/null |
     python3 -c 'import json,sys; d=json.load(sys.stdin); print(round(d["total_ms_median"]))')
# MSD for 730 clips and their 540 augmented copies, MTT the same for the MTT MLP
embed=$(awk -v m="$ms" 'BEGIN { printf "%.2f", 2 * (730 + 540) * m / 1000 / 3600 }')
echo "musicnn embeddings (MSD and MTT, once; ${ms} ms per clip): ${embed} h"
awk -v t="$total" -v e="$embed" -v n="$threads" 'BEGIN { printf "estimated gct634 protocol on %d threads: %.0f hours (%.1f days)\n", n, t + e, (t + e) / 24 }'

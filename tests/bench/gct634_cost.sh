#!/usr/bin/env bash
# What the full gct634 protocol (gtzan-cli reproduce --protocol gct634) would cost on this machine's
# CPU, from measured epoch times. Not a test: run by hand, and report the figures (docs/experiments.md).
#   tests/bench/gct634_cost.sh [BUILD_DIR] [THREADS]      (defaults: build, all cores)
# For every network of the plan it times one trainer epoch (gtzan-cli bench epoch) on 40 generated
# 30 s clips of 7 segments, scales it to the protocol's training side (580 train clips less 5
# validation clips per genre = 540, twice that with 1:1 augmentation) and multiplies by the epochs,
# the seeds and the cells the network has. Whole clips cost about what their 7 segments cost (a
# convolution's work follows the frames), so each cell counts as 540 x 7 (or 1080 x 7) segments.
# The embedding MLPs train in seconds; their musicnn embeddings are computed once (cached) and are
# counted from `gtzan-cli bench embed`.
set -euo pipefail
build=${1:-build}
threads=${2:-$(nproc)}
cli="$build/bin/gtzan-cli"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 1; }
clips=40
epochs=30
seeds=3
# network: cells without augmentation, cells with augmentation (from the gct634 plan)
declare -A plain=([baseline1d]=1 [cnn1d]=2 [cnn2d]=4 [resnet34]=2 [vgg13]=0 [vgg16]=0 [vgg19]=0 [resnet18]=0 [resnet50]=0 [resnet101]=0)
declare -A augmented=([baseline1d]=1 [cnn1d]=2 [cnn2d]=4 [resnet34]=3 [vgg13]=1 [vgg16]=1 [vgg19]=1 [resnet18]=1 [resnet50]=1 [resnet101]=1)
# the fusions: cnn1d+MSD (orig, aug), cnn2d+MSD (2 plain, 2 augmented) and resnet34+MSD (2, 2) are
# counted with their backbones above (the embedding branch is a small linear layer).
total=0
printf "%-11s %10s %14s %12s\n" network "s/epoch@40" "s per seed-run" "hours"
for net in baseline1d cnn1d cnn2d resnet34 vgg13 vgg16 vgg19 resnet18 resnet50 resnet101; do
    s=$("$cli" bench epoch --model "$net" --clips $clips --threads "$threads" | sed -n 's/.*"epoch_seconds":\([0-9.e+-]*\).*/\1/p')
    # one seed-run of a plain cell: 540 clips; augmented: 1080
    read -r run hours < <(awk -v s="$s" -v p="${plain[$net]}" -v a="${augmented[$net]}" -v c=$clips -v e=$epochs -v n=$seeds \
        'BEGIN { run = s * 540 / c * e; printf "%.0f %.2f\n", run, n * (p * run + a * 2 * run) / 3600 }')
    printf "%-11s %10.2f %14s %12s\n" "$net" "$s" "$run" "$hours"
    total=$(awk -v t="$total" -v h="$hours" 'BEGIN { print t + h }')
done
embed=$("$cli" bench embed ../shared/data/gtzan-sample/genres/blues/blues.00000.wav --threads "$threads" --repeats 3 2>/dev/null |
        sed -n 's/.*"median_ms":\([0-9.]*\).*/\1/p' | head -1)
# 730 clips and 540 augmented copies, for MSD and MTT
embedHours=$(awk -v m="${embed:-0}" 'BEGIN { printf "%.2f", 2 * (730 + 540) * m / 1000 / 3600 }')
echo "musicnn embeddings (MSD and MTT, computed once): ${embedHours} h"
awk -v t="$total" -v e="$embedHours" 'BEGIN { printf "estimated total on %s: %.1f hours (%.1f days)\n", "this CPU", t + e, (t + e) / 24 }'

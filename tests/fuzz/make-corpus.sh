#!/usr/bin/env bash
# Regenerates the seed corpora in tests/fuzz/corpus (committed; run this only to remake them).
#   tests/fuzz/make-corpus.sh [BUILD_DIR]   (a build with gtzan-cli and gtzan-hdf5-reader, for the model-file and snapshot seeds)
# Needs python3, sox (libsox-fmt-all), gcc and libhdf5-dev.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build-asan}"
corpus="$here/corpus"
python3 "$here/make-corpus.py"

# Audio: 0.05-0.2 s snippets in every container the decoder meets (a few KB each).
a="$corpus/audio"; mkdir -p "$a"
sox -n -r 8000 -c 1 -b 16 "$a/sine-8k-mono.wav" synth 0.1 sine 440
sox -n -r 22050 -c 2 -b 16 "$a/stereo-22k.wav" synth 0.05 sine 300 sine 500
sox -n -r 8000 -c 1 -e floating-point -b 32 "$a/float.wav" synth 0.05 sine 200
sox -n -r 22050 -c 1 -b 16 "$a/gtzan-like.au" synth 0.1 pinknoise
sox -n -r 8000 -c 1 -e mu-law "$a/mulaw.au" synth 0.1 sine 1000
sox -n -r 16000 -c 1 -b 16 "$a/short.flac" synth 0.1 sine 440
sox -n -r 16000 -c 1 "$a/short.ogg" synth 0.2 sine 440
sox -n -r 16000 -c 1 "$a/short.mp3" synth 0.2 sine 440
sox -n -r 8000 -c 1 -b 16 "$a/short.aiff" synth 0.05 sine 440

# HDF5: Keras-shaped weight files (the real musicnn files are 3.3 MB: too big for seeds).
mkdir -p "$corpus/hdf5"
gen="$(mktemp -d)"
gcc -O1 -o "$gen/make-hdf5-seeds" "$here/make-hdf5-seeds.c" $(pkg-config --cflags --libs hdf5 2>/dev/null || echo -I/usr/include/hdf5/serial -L/usr/lib/x86_64-linux-gnu/hdf5/serial -lhdf5)
"$gen/make-hdf5-seeds" "$corpus/hdf5"
# Hdf5Snapshot: what gtzan-hdf5-reader writes for those seeds (the reader's output, fuzz_hdf5snapshot).
mkdir -p "$corpus/hdf5snapshot"
if [ -x "$build/bin/gtzan-hdf5-reader" ]; then
  for seed in keras-layers odd-shapes types-chunked; do
    "$build/bin/gtzan-hdf5-reader" "$corpus/hdf5/$seed.h5" >"$corpus/hdf5snapshot/$seed.snap"
  done
fi

# A model file: the smallest network trained for one epoch on a generated 3-genre set.
mkdir -p "$corpus/modelfile"
if [ -x "$build/bin/gtzan-cli" ]; then
  "$here/make-model-seed.sh" "$build/bin/gtzan-cli" "$gen" "$corpus/modelfile"
fi
rm -rf "$gen"
ls -l "$corpus"/*

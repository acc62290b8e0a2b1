#!/usr/bin/env python3
"""Predict the genre of audio files with a model exported by `gtzan-cli export MODEL --to pytorch DIR`.

    python3 DIR/predict.py clip.wav [more.wav ...] [--json]
    python3 DIR/predict.py --torchscript OUT.pt      # OUT.pt + OUT.json: a model GTZAN Explorer opens

Prints, per file, the genre and the calibrated probabilities `gtzan-cli predict` gives (the same
numbers to about 1e-3; see docs/notebooks.md). Needs PyTorch, NumPy and python3-soundfile; libsoxr
(the program's resampler) when a file's rate differs from the model's.
"""
import argparse
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gtzan_model  # noqa: E402  (beside this script)


def write_torchscript(model, out):
    """Traces the network with its standardisation inside and writes the sidecar beside it."""
    s = model.settings
    cfg = s["model"]
    if cfg["name"] in ("embed_mlp", "fusion"):
        sys.exit("predict.py: --torchscript takes spectrogram models (GTZAN Explorer opens those); this %s model reads a clip embedding"
                 % cfg["name"])
    traced = torch.jit.trace(gtzan_model.StandardisedSegments(model).eval(), torch.zeros(2, cfg["nMels"], cfg["frames"]))
    torch.jit.save(traced, out)
    sidecar = {"format": "gtzan-torchscript", "version": 1, "genres": s["genres"], "features": s["features"],
               "input": {"layout": "bands-frames", "frames": cfg["frames"], "mean": 0.0, "std": 1.0},
               "temperature": s["temperature"], "name": "%s (traced by predict.py)" % cfg["name"],
               "provenance": s.get("provenance", "")}
    with open(os.path.splitext(out)[0] + ".json", "w", encoding="utf-8") as f:
        json.dump(sidecar, f, indent=1)
    print("wrote %s and %s" % (out, os.path.splitext(out)[0] + ".json"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="audio files (WAV, FLAC, OGG: what libsndfile reads)")
    ap.add_argument("--json", action="store_true", help="one JSON array, one object per file")
    ap.add_argument("--torchscript", metavar="OUT.pt", help="write the traced model and its sidecar OUT.json")
    ap.add_argument("--threads", type=int, default=0, help="PyTorch threads (default: PyTorch's choice)")
    a = ap.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    model = gtzan_model.load(os.path.dirname(os.path.abspath(__file__)))
    if a.torchscript:
        write_torchscript(model, a.torchscript)
    answers = []
    for path in a.files:
        p = gtzan_model.predict_file(model, path)
        k = int(p.argmax())
        answers.append({"file": path, "genre": model.settings["genres"][k], "genres": model.settings["genres"],
                        "probabilities": [float(v) for v in p]})
        if not a.json:
            print("%s\t%s\t%.3f" % (path, answers[-1]["genre"], float(p[k])))
    if a.json:
        print(json.dumps(answers))
    if not a.files and not a.torchscript:
        ap.print_usage()


if __name__ == "__main__":
    main()

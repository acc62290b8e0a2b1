#!/ usr / bin / python3
"""Test fixtures for TorchScript models (tests/test_torchscript_model.cpp), made as a notebook would
make them, with Debian's python3-torch:

    make_torchscript_cnn2d.py OUT.pt [--variant good|wrong-shape|raises]
        a small cnn2d (fixed seed, untrained), traced or scripted, saved with torch.jit.save, and
        its sidecar OUT.json (gct634 features, "image" layout, 125 frames, mean -40, std 20)
    make_torchscript_cnn2d.py --check OUT.pt FEATURES.npy
        the clip probabilities Python computes from features (bands x frames, e.g. from
        `gtzan-cli mel`): the mean over whole 125-frame segments of softmax(model((x - mean) / std))
"""
import argparse
import json
import os

import numpy as np
import torch
import torch.nn as nn

GENRES = ["blues", "classical", "country", "disco", "hiphop", "jazz", "metal", "pop", "reggae", "rock"]
FRAMES, MEAN, STD = 125, -40.0, 20.0


class SmallCnn2d(nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 8, 5, padding=2), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
                                      nn.Conv2d(8, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
                                      nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.classifier = nn.Linear(16, classes)

    def forward(self, x):  # B x 1 x bands x frames
        return self.classifier(self.features(x))


class Raises(nn.Module):
    def forward(self, x):
        if bool(x.sum() > -1e30):
            raise RuntimeError("this model always fails")
        return x


def make(out, variant):
    torch.manual_seed(7)
    if variant == "raises":
        module = torch.jit.script(Raises())
    else:
        net = SmallCnn2d(3 if variant == "wrong-shape" else len(GENRES)).eval()
        module = torch.jit.trace(net, torch.zeros(2, 1, 96, FRAMES))
    torch.jit.save(module, out)
    sidecar = {"format": "gtzan-torchscript", "version": 1, "genres": GENRES, "features": "gct634",
               "input": {"layout": "image", "frames": FRAMES, "mean": MEAN, "std": STD},
               "name": "small cnn2d (tests/python/make_torchscript_cnn2d.py)"}
    with open(os.path.splitext(out)[0] + ".json", "w", encoding="utf-8") as f:
        json.dump(sidecar, f)


def check(model_path, features_path):
    module = torch.jit.load(model_path).eval()
    x = np.load(features_path).astype(np.float32)
    starts = range(0, x.shape[1] - FRAMES + 1, FRAMES)
    batch = torch.from_numpy(np.stack([(x[:, s:s + FRAMES] - MEAN) * np.float32(1.0 / STD) for s in starts]))
    with torch.no_grad():
        p = torch.softmax(module(batch.unsqueeze(1)), 1).mean(0)
    print(json.dumps([float(v) for v in p]))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("features", nargs="?")
    ap.add_argument("--variant", default="good", choices=["good", "wrong-shape", "raises"])
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    torch.set_num_threads(1)
    check(a.out, a.features) if a.check else make(a.out, a.variant)

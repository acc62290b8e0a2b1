#!/usr/bin/python3
"""musicnn's network in Python PyTorch: the twin of engine/embedding/MusicnnNetwork.cpp, for timing.

It times what a Python user would run: the same layers, shapes and ops on the same ATen/oneDNN
backend, 10 patches of 187 x 96 (one 30 s clip) in one batch, in eval mode under no_grad.
Weights are random (h5py is not a project dependency); the time of a forward pass does not
depend on their values. Prints one JSON object.

    /usr/bin/python3 tests/bench/musicnn_peer.py [--threads 2] [--repeats 5] [--patches 10]
"""
import argparse
import json
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def bn(c):
    return nn.BatchNorm2d(c, eps=1e-3)


class Musicnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn_input = bn(1)
        self.timbral38 = nn.Conv2d(1, 204, (7, 38), padding=(3, 0))
        self.timbral67 = nn.Conv2d(1, 204, (7, 67), padding=(3, 0))
        self.temporal = nn.ModuleList([nn.Conv2d(1, 51, (k, 1)) for k in (128, 64, 32)])
        self.bn_timbral = nn.ModuleList([bn(204), bn(204)])
        self.bn_temporal = nn.ModuleList([bn(51), bn(51), bn(51)])
        self.mid = nn.ModuleList([nn.Conv1d(561, 64, 7, padding=3), nn.Conv1d(64, 64, 7, padding=3), nn.Conv1d(64, 64, 7, padding=3)])
        self.bn_mid = nn.ModuleList([nn.BatchNorm1d(64, eps=1e-3) for _ in range(3)])
        self.bn_flatpool = nn.BatchNorm1d(1506, eps=1e-3)
        self.dense = nn.Linear(1506, 200)
        self.bn_dense = nn.BatchNorm1d(200, eps=1e-3)
        self.dense_1 = nn.Linear(200, 50)

    def forward(self, patches):                       # (B, 187, 96)
        x = self.bn_input(patches.unsqueeze(1))
        branches = [self.bn_timbral[0](F.relu(self.timbral38(x))).amax(3),
                    self.bn_timbral[1](F.relu(self.timbral67(x))).amax(3)]
        for conv, norm, k in zip(self.temporal, self.bn_temporal, (128, 64, 32)):
            before = (k - 1) // 2
            branches.append(norm(F.relu(conv(F.pad(x, (0, 0, before, k - 1 - before))))).amax(3))
        front = torch.cat(branches, 1)                # (B, 561, T)
        c1 = self.bn_mid[0](F.relu(self.mid[0](front)))
        c2 = self.bn_mid[1](F.relu(self.mid[1](c1))) + c1
        c3 = self.bn_mid[2](F.relu(self.mid[2](c2))) + c2
        h = torch.cat([front, c1, c2, c3], 1)
        max_pool, mean_pool = h.amax(2), h.mean(2)
        flat = torch.stack([max_pool, mean_pool], 2).reshape(h.shape[0], -1)
        penultimate = self.bn_dense(F.relu(self.dense(self.bn_flatpool(flat))))
        return torch.sigmoid(self.dense_1(penultimate)), penultimate, max_pool, mean_pool


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--patches", type=int, default=10)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    net = Musicnn().eval()
    params = sum(p.numel() for p in net.parameters())
    x = torch.rand(a.patches, 187, 96) * 4
    with torch.no_grad():
        net(x)                                        # warm-up (oneDNN primitive creation)
        times = []
        for _ in range(a.repeats):
            t0 = time.perf_counter()
            net(x)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(json.dumps({"peer": "musicnn_pytorch", "torch": torch.__version__, "threads": a.threads, "patches": a.patches,
                      "params": params, "network_ms_median": times[len(times) // 2], "network_ms_min": times[0]}))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the small seed files of tests/fuzz/corpus/{npy,split,recipe,runhistory} (plain Python,
no NumPy). The audio, HDF5 and model seeds come from make-corpus.sh (sox, libhdf5, gtzan-cli)."""
import json, os, struct, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

def put(kind, name, data):
    os.makedirs(os.path.join(root, kind), exist_ok=True)
    with open(os.path.join(root, kind, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

# .npy, format 1.0 and 2.0, each element type readNpy accepts.
def npy(descr, shape, payload, major=1):
    header = "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }" % (
        descr, "".join("%d, " % n for n in shape) if len(shape) != 1 else "%d," % shape[0])
    pre = 10 if major == 1 else 12
    header += " " * ((64 - (pre + len(header) + 1) % 64) % 64) + "\n"
    size = struct.pack("<H", len(header)) if major == 1 else struct.pack("<I", len(header))
    return b"\x93NUMPY" + bytes([major, 0]) + size + header.encode("latin1") + payload

put("npy", "f4-2x3.npy", npy("<f4", [2, 3], struct.pack("<6f", 0, 1, -2.5, 3e30, 1e-30, 7)))
put("npy", "f8-4.npy", npy("<f8", [4], struct.pack("<4d", 0.5, -1, 2, 1e300)))
put("npy", "i2-3x1.npy", npy("<i2", [3, 1], struct.pack("<3h", -32768, 0, 32767)))
put("npy", "i4-scalar.npy", npy("<i4", [], struct.pack("<i", 42)))
put("npy", "i8-0x5.npy", npy("<i8", [0, 5], b""))
put("npy", "v2-f4-2.npy", npy("<f4", [2], struct.pack("<2f", 1, 2), major=2))

# Split lists in the layouts readSplitFile tolerates.
put("split", "train.txt", "blues/blues.00000.au\nclassical/classical.00001.au\njazz/jazz.00002.au\n")
put("split", "prefixed.txt", "# a comment\n\ngenres/rock/rock.00000.wav\n./genres_original/pop/pop.00001.wav\n"
    "C:\\gtzan\\genres\\metal\\metal.00002.au\r\nhiphop.00000.wav\n")
put("split", "dupes.txt", "blues/blues.00000.au\nblues/blues.00000.au\njazz/jazz.00001.au\nunknown/x.00000.au\n")

# Training recipes (TrainingRecipe::toJson's fields), a default and every split kind.
options = {"optimizer": "adam", "loss": "cross-entropy", "epochs": 10, "batchSize": 32,
           "validationBatchSize": 16, "learningRate": 0.0001, "earlyStopPatience": 0, "seeds": 1,
           "firstSeed": "1", "augment": "none"}
recipe = {"dataFolder": "/data/gtzan", "genreSet": "all", "splitKind": "last-per-genre", "testPerGenre": 2,
          "testFraction": 0, "trainSplitFile": "", "validationSplitFile": "", "testSplitFile": "",
          "splitFolder": "", "validationPerGenre": 1, "featurePreset": "native", "segmentSeconds": 4,
          "augmentChain": "gct634", "model": {"name": "cnn1d", "backbone": ""}, "options": options,
          "embedding": "none", "embeddingLayer": "max_pool", "cacheDir": "", "threads": 0}
put("recipe", "default.json", json.dumps(recipe, indent=1))
put("recipe", "fraction.json", json.dumps(dict(recipe, splitKind="fraction", testFraction=0.2,
    model={"name": "fusion", "backbone": "resnet34"}, embedding="msd", options=dict(options, augment="online", firstSeed=7))))
put("recipe", "files.json", json.dumps(dict(recipe, splitKind="files", trainSplitFile="train.txt",
    testSplitFile="test.txt", validationSplitFile="valid.txt", genreSet="gct634", featurePreset="gct634")))
put("recipe", "folder.json", json.dumps(dict(recipe, splitKind="folder", splitFolder="splits/fault-filtered",
    model={"name": "embed_mlp", "backbone": ""}, embedding="mtt", embeddingLayer="penultimate", segmentSeconds=0)))

# A run history with one run (two seeds, an evaluation) and one bare run.
genres = ["blues", "jazz", "rock"]
epoch = {"run": 0, "epoch": 1, "trainLoss": 1.1, "trainAccuracy": 0.4, "epochSeconds": 0.2,
         "networkSeconds": 0.1, "elapsedSeconds": 0.3, "improved": True, "validationLoss": 1.2,
         "validationAccuracy": 0.33, "validationClipAccuracy": 0.33}
clips = [{"id": "%s/%s.00004" % (g, g), "path": "/data/%s.00004.wav" % g, "trueLabel": i, "trueGenre": g,
          "predicted": (i + k) % 3, "predictedGenre": genres[(i + k) % 3], "predictedByMax": i, "predictedByVote": i,
          "probabilities": [0.7 if j == i else 0.15 for j in range(3)], "segmentPredictions": [i, i]}
         for k, (i, g) in enumerate(enumerate(genres))]
evaluation = {"genres": genres, "accuracy": 0.66, "accuracyByMax": 0.66, "accuracyByVote": 0.66,
              "segmentAccuracy": 0.6, "segments": 6, "clipCount": 3, "macroF1": 0.6,
              "confusion": [[1, 0, 0], [0, 1, 0], [0, 1, 0]], "perClass": [], "clips": clips}
run = {"id": "2026-11-25T10:00:00.000", "finished": "2026-11-25T10:00:00.000", "recipe": recipe,
       "trainAccuracy": {"mean": 0.9, "sd": 0.01}, "validationAccuracy": {"mean": 0.5, "sd": 0.1},
       "testAccuracy": {"mean": 0.66, "sd": 0}, "seconds": 12.5, "keptRun": 1,
       "history": [[epoch, dict(epoch, epoch=2)], [dict(epoch, run=1)]], "modelPath": "/models/a.gtzm",
       "note": "seed", "evaluation": evaluation}
bare = {"id": "2026-11-25T11:00:00.000", "recipe": {}, "history": []}
put("runhistory", "two-runs.json", json.dumps({"runs": [run, bare]}, indent=1))
put("runhistory", "empty.json", json.dumps({"runs": []}))

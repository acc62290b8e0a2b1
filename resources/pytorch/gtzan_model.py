"""A GTZAN Explorer model in plain PyTorch and NumPy, written by `gtzan-cli export MODEL --to pytorch DIR`.

Beside this file: model.json (the network's shape, genres, feature settings, input standardisation,
calibration), state_dict.pt (the weights, loadable with torch.load) and predict.py (a command line).
In a notebook:

    import sys; sys.path.insert(0, "DIR")
    import gtzan_model
    model = gtzan_model.load("DIR")              # a torch.nn.Module in eval mode, with .settings
    probs = gtzan_model.predict_file(model, "clip.wav")

The layers mirror engine/models/ (ConvNets.cpp, ResNets.cpp, GenreNet.cpp) so that the state dict's
names are those LibTorch gave them; the features mirror engine/dsp/ (librosa's conventions:
centred reflect-padded STFT, periodic Hann window, Slaney mel filters, power_to_db with top_db).
"""
import ctypes
import ctypes.util
import json
import math
import os

import numpy as np
import torch
import torch.nn as nn

# ---------------------------------------------------------------------------------------------
# Networks


def _conv1d_stack(in_channels, kernels, channels):
    layers, c = [], in_channels
    for k, o in zip(kernels, channels):
        layers += [nn.Conv1d(c, o, k, padding=k // 2), nn.BatchNorm1d(o), nn.ReLU(), nn.MaxPool1d(2)]
        c = o
    return nn.Sequential(*layers, nn.AdaptiveAvgPool1d(1), nn.Flatten()), c, False


def _conv2d_stack(kernels, channels):
    layers, c = [], 1
    for k, o in zip(kernels, channels):
        layers += [nn.Conv2d(c, o, k, padding=k // 2), nn.BatchNorm2d(o), nn.ReLU(), nn.MaxPool2d(2)]
        c = o
    return nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1), nn.Flatten()), c, True


def _vgg(layout):
    layers, c = [], 1
    for v in layout:
        if v == 0:
            layers.append(nn.MaxPool2d(2, stride=2))
            continue
        layers += [nn.Conv2d(c, v, 3, padding=1), nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
        c = v
    return nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1), nn.Flatten()), c, True


def _conv(i, o, k, stride):
    return nn.Conv2d(i, o, k, stride=stride, padding=k // 2, bias=False)


class ResidualBlock(nn.Module):
    def __init__(self, inp, planes, stride, bottleneck):
        super().__init__()
        out = planes * 4 if bottleneck else planes
        if bottleneck:
            self.path = nn.Sequential(_conv(inp, planes, 1, 1), nn.BatchNorm2d(planes), nn.ReLU(inplace=True),
                                      _conv(planes, planes, 3, stride), nn.BatchNorm2d(planes), nn.ReLU(inplace=True),
                                      _conv(planes, out, 1, 1), nn.BatchNorm2d(out))
        else:
            self.path = nn.Sequential(_conv(inp, planes, 3, stride), nn.BatchNorm2d(planes), nn.ReLU(inplace=True),
                                      _conv(planes, planes, 3, 1), nn.BatchNorm2d(planes))
        self.shortcut = nn.Sequential(_conv(inp, out, 1, stride), nn.BatchNorm2d(out)) if stride != 1 or inp != out else None

    def forward(self, x):
        y = self.path(x)
        y = y + (self.shortcut(x) if self.shortcut is not None else x)
        return torch.relu(y)


def _resnet(depth):
    blocks, bottleneck = {18: ([2, 2, 2, 2], False), 34: ([3, 4, 6, 3], False),
                          50: ([3, 4, 6, 3], True), 101: ([3, 4, 23, 3], True)}[depth]
    layers = [_conv(1, 64, 7, 2), nn.BatchNorm2d(64), nn.ReLU(inplace=True), nn.MaxPool2d(3, stride=2, padding=1)]
    inp, expansion = 64, 4 if bottleneck else 1
    for stage in range(4):
        planes = 64 << stage
        for b in range(blocks[stage]):
            layers.append(ResidualBlock(inp, planes, 2 if (b == 0 and stage > 0) else 1, bottleneck))
            inp = planes * expansion
    return nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1), nn.Flatten()), inp, True


def _body(name, n_mels):
    if name.startswith("resnet"):
        return _resnet(int(name[6:]))
    return {
        "baseline1d": lambda: _conv1d_stack(n_mels, [7, 5, 3], [32, 32, 32]),
        "cnn1d": lambda: _conv1d_stack(n_mels, [7, 5, 3, 3], [32, 64, 128, 256]),
        "cnn2d": lambda: _conv2d_stack([7, 5, 3, 3], [32, 64, 128, 256]),
        "vgg13": lambda: _vgg([64, 64, 0, 128, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0]),
        "vgg16": lambda: _vgg([64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0]),
        "vgg19": lambda: _vgg([64, 64, 0, 128, 128, 0, 256, 256, 256, 256, 0, 512, 512, 512, 512, 0, 512, 512, 512, 512, 0]),
    }[name]()


class GenreNet(nn.Module):
    """engine/models/GenreNet: an optional spectrogram body, an optional embedding branch, a linear classifier.

    forward(spectrogram, embedding) takes standardised input: spectrogram B x bands x frames,
    embedding B x dim; it returns logits B x genres.
    """

    def __init__(self, config):
        super().__init__()
        name, features = config["name"], 0
        self.uses_spectrogram = name != "embed_mlp"
        self.uses_embedding = name in ("embed_mlp", "fusion")
        self.image_input = False
        if self.uses_spectrogram:
            self.body, count, self.image_input = _body(config.get("backbone", "resnet34") if name == "fusion" else name, config["nMels"])
            features += count
        if self.uses_embedding:
            hidden = 32
            self.embedding = (nn.Sequential(nn.Linear(config["embeddingDim"], hidden), nn.ReLU()) if name == "fusion" else
                              nn.Sequential(nn.Linear(config["embeddingDim"], hidden), nn.BatchNorm1d(hidden), nn.ReLU()))
            features += hidden
        self.classifier = nn.Linear(features, config["numClasses"])

    def forward(self, spectrogram=None, embedding=None):
        parts = []
        if self.uses_spectrogram:
            parts.append(self.body(spectrogram.unsqueeze(1) if self.image_input else spectrogram))
        if self.uses_embedding:
            parts.append(self.embedding(embedding))
        return self.classifier(parts[0] if len(parts) == 1 else torch.cat(parts, 1))


class Musicnn(nn.Module):
    """musicnn (Pons and Serra, ISMIR 2019; ISC licence), layer for layer engine/embedding/MusicnnNetwork.cpp.

    forward(patches) takes B x 187 x 96 log-mel patches and returns the layers a GTZAN model can
    read: taggram (B x 50), penultimate (B x 200), max_pool and mean_pool (B x 753).
    """

    def __init__(self):
        super().__init__()

        def bn2d(c):
            return nn.BatchNorm2d(c, eps=1e-3)  # Keras' default, used by every BN in musicnn

        def bn1d(c):
            return nn.BatchNorm1d(c, eps=1e-3)

        self.bn_input = bn2d(1)
        self.timbral38 = nn.Conv2d(1, 204, (7, 38), padding=(3, 0))
        self.timbral67 = nn.Conv2d(1, 204, (7, 67), padding=(3, 0))
        self.temporal128 = nn.Conv2d(1, 51, (128, 1))
        self.temporal64 = nn.Conv2d(1, 51, (64, 1))
        self.temporal32 = nn.Conv2d(1, 51, (32, 1))
        self.bn_timbral38, self.bn_timbral67 = bn2d(204), bn2d(204)
        self.bn_temporal128, self.bn_temporal64, self.bn_temporal32 = bn2d(51), bn2d(51), bn2d(51)
        self.midend_conv1 = nn.Conv1d(561, 64, 7, padding=3)
        self.midend_conv2 = nn.Conv1d(64, 64, 7, padding=3)
        self.midend_conv3 = nn.Conv1d(64, 64, 7, padding=3)
        self.bn_midend_conv1, self.bn_midend_conv2, self.bn_midend_conv3 = bn1d(64), bn1d(64), bn1d(64)
        self.bn_flatpool = bn1d(1506)
        self.dense = nn.Linear(1506, 200)
        self.bn_dense = bn1d(200)
        self.dense_1 = nn.Linear(200, 50)

    @staticmethod
    def _same_in_time(x, k):  # TensorFlow's "same" padding for a stride-1 kernel of k frames
        before = (k - 1) // 2
        return nn.functional.pad(x, (0, 0, before, k - 1 - before))

    def forward(self, patches):
        x = self.bn_input(patches.unsqueeze(1))  # B x 1 x T x 96

        def branch(conv, norm, inp):  # conv, ReLU, BN, then the max over the remaining frequencies
            return norm(torch.relu(conv(inp))).amax(3)

        front = torch.cat([branch(self.timbral38, self.bn_timbral38, x), branch(self.timbral67, self.bn_timbral67, x),
                           branch(self.temporal128, self.bn_temporal128, self._same_in_time(x, 128)),
                           branch(self.temporal64, self.bn_temporal64, self._same_in_time(x, 64)),
                           branch(self.temporal32, self.bn_temporal32, self._same_in_time(x, 32))], 1)  # B x 561 x T
        c1 = self.bn_midend_conv1(torch.relu(self.midend_conv1(front)))
        c2 = self.bn_midend_conv2(torch.relu(self.midend_conv2(c1))) + c1
        c3 = self.bn_midend_conv3(torch.relu(self.midend_conv3(c2))) + c2
        h = torch.cat([front, c1, c2, c3], 1)  # B x 753 x T
        max_pool, mean_pool = h.amax(2), h.mean(2)
        flat = torch.stack([max_pool, mean_pool], 2).reshape(h.shape[0], -1)  # Keras' [max_0, mean_0, max_1, ...]
        penultimate = self.bn_dense(torch.relu(self.dense(self.bn_flatpool(flat))))
        return {"taggram": torch.sigmoid(self.dense_1(penultimate)), "penultimate": penultimate,
                "max_pool": max_pool, "mean_pool": mean_pool}


def load(directory):
    """The exported network with its weights, in eval mode; .settings holds model.json."""
    with open(os.path.join(directory, "model.json"), encoding="utf-8") as f:
        settings = json.load(f)
    model = GenreNet(settings["model"])
    if settings.get("musicnn"):  # the pretrained network the model's embedding comes from, in the same state dict
        model.musicnn = Musicnn()
    model.load_state_dict(torch.load(os.path.join(directory, "state_dict.pt"), map_location="cpu"))
    model.eval()
    model.settings = settings
    return model


# ---------------------------------------------------------------------------------------------
# Audio and features


def _soxr():
    """libsoxr, the resampler GTZAN Explorer uses, through ctypes: the same samples as the program."""
    path = ctypes.util.find_library("soxr")
    if not path:
        return None
    lib = ctypes.CDLL(path)

    class IoSpec(ctypes.Structure):
        _fields_ = [("itype", ctypes.c_int), ("otype", ctypes.c_int), ("scale", ctypes.c_double),
                    ("e", ctypes.c_void_p), ("flags", ctypes.c_ulong)]

    class QualitySpec(ctypes.Structure):
        _fields_ = [("precision", ctypes.c_double), ("phase_response", ctypes.c_double), ("passband_end", ctypes.c_double),
                    ("stopband_begin", ctypes.c_double), ("e", ctypes.c_void_p), ("flags", ctypes.c_ulong)]

    class RuntimeSpec(ctypes.Structure):
        _fields_ = [("log2_min_dft_size", ctypes.c_uint), ("log2_large_dft_size", ctypes.c_uint),
                    ("coef_size_kbytes", ctypes.c_uint), ("num_threads", ctypes.c_uint),
                    ("e", ctypes.c_void_p), ("flags", ctypes.c_ulong)]

    lib.soxr_io_spec.restype, lib.soxr_io_spec.argtypes = IoSpec, [ctypes.c_int, ctypes.c_int]
    lib.soxr_quality_spec.restype, lib.soxr_quality_spec.argtypes = QualitySpec, [ctypes.c_ulong, ctypes.c_ulong]
    lib.soxr_runtime_spec.restype, lib.soxr_runtime_spec.argtypes = RuntimeSpec, [ctypes.c_uint]
    lib.soxr_oneshot.restype = ctypes.c_char_p
    lib.soxr_oneshot.argtypes = [ctypes.c_double, ctypes.c_double, ctypes.c_uint, ctypes.c_void_p, ctypes.c_size_t,
                                 ctypes.POINTER(ctypes.c_size_t), ctypes.c_void_p, ctypes.c_size_t,
                                 ctypes.POINTER(ctypes.c_size_t), ctypes.POINTER(IoSpec), ctypes.POINTER(QualitySpec),
                                 ctypes.POINTER(RuntimeSpec)]

    def resample(y, rate_in, rate_out):
        y = np.ascontiguousarray(y, dtype=np.float32)
        out = np.zeros(int(math.ceil(len(y) * rate_out / rate_in)) + 16, dtype=np.float32)
        done = ctypes.c_size_t(0)
        io = lib.soxr_io_spec(0, 0)              # SOXR_FLOAT32_I in and out
        quality = lib.soxr_quality_spec(4, 0)    # SOXR_HQ, as engine/audio/Resampler.cpp
        runtime = lib.soxr_runtime_spec(1)
        err = lib.soxr_oneshot(rate_in, rate_out, 1, y.ctypes.data, len(y), None, out.ctypes.data, len(out),
                               ctypes.byref(done), ctypes.byref(io), ctypes.byref(quality), ctypes.byref(runtime))
        if err:
            raise RuntimeError("libsoxr: " + err.decode())
        return out[:done.value]

    return resample


def load_audio(path, sample_rate):
    """The file as the program decodes it: float32, channels averaged, resampled with libsoxr (HQ)."""
    import soundfile
    y, rate = soundfile.read(path, dtype="float32", always_2d=True)
    y = y.mean(axis=1, dtype=np.float32) if y.shape[1] > 1 else y[:, 0]
    if rate != sample_rate:
        resample = _soxr()
        if resample is None:  # no libsoxr on this machine: close, not the same samples
            import torchaudio.functional
            y = torchaudio.functional.resample(torch.from_numpy(y), rate, sample_rate).numpy()
        else:
            y = resample(y, rate, sample_rate)
    return y


def _hz_to_mel(f):
    f = np.asanyarray(f, dtype=np.float64)
    mel = f / (200.0 / 3)
    log = f >= 1000.0
    return np.where(log, 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0), mel)


def _mel_to_hz(m):
    m = np.asanyarray(m, dtype=np.float64)
    f = m * (200.0 / 3)
    return np.where(m >= 15.0, 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0)), f)


def mel_filterbank(sample_rate, n_fft, n_mels, fmin, fmax):
    """librosa.filters.mel(htk=False, norm='slaney'): n_mels x (n_fft/2 + 1)."""
    fft_freqs = np.linspace(0, sample_rate / 2, 1 + n_fft // 2)
    mel_f = _mel_to_hz(np.linspace(_hz_to_mel(fmin), _hz_to_mel(fmax), n_mels + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fft_freqs[None, :]
    weights = np.zeros((n_mels, len(fft_freqs)))
    for i in range(n_mels):
        weights[i] = np.maximum(0, np.minimum(-ramps[i] / fdiff[i], ramps[i + 2] / fdiff[i + 1]))
    weights *= (2.0 / (mel_f[2:n_mels + 2] - mel_f[:n_mels]))[:, None]
    return weights.astype(np.float32)


def mel_features(y, spec):
    """The model's input features of mono audio at spec['sample_rate']: bands x frames, float32."""
    n_fft, hop, win = spec["n_fft"], spec["hop_length"], spec["win_length"]
    window = np.zeros(n_fft, dtype=np.float64)
    left = (n_fft - win) // 2
    window[left:left + win] = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(win) / win)  # periodic Hann
    padded = np.pad(np.asarray(y, dtype=np.float32), n_fft // 2, mode="reflect")
    frames = len(y) // hop + 1
    idx = np.arange(n_fft)[None, :] + hop * np.arange(frames)[:, None]
    power = np.abs(np.fft.rfft(padded[idx] * window, axis=1)) ** 2  # frames x bins
    mel = (mel_filterbank(spec["sample_rate"], n_fft, spec["n_mels"], spec["fmin"], spec["fmax"]) @ power.T).astype(np.float32)
    if spec.get("float16_round_trip"):
        mel = mel.astype(np.float16).astype(np.float32)
    scale = spec["scale"]
    if scale == "db":
        log = 10.0 * np.log10(np.maximum(spec["db_amin"], mel)) - 10.0 * np.log10(max(spec["db_amin"], spec["db_ref"]))
        if spec["db_top_db"] > 0:
            log = np.maximum(log, log.max() - spec["db_top_db"])
        return log.astype(np.float32)
    if scale == "log10_plus_1":
        return np.log10(10000.0 * mel + 1.0).astype(np.float32)
    return mel


def band_statistics(features):
    """The 'band-mean-std' clip embedding: each band's mean, then each band's standard deviation."""
    f = features.astype(np.float64)
    return np.concatenate([f.mean(axis=1), f.std(axis=1)]).astype(np.float32)


def musicnn_log_mel(y, spec):
    """musicnn's input of mono 16 kHz audio: frames x 96, log10(10000 x + 1) of the float16-rounded
    mel power, in torch's own ops as engine/embedding/MusicnnFrontEnd.cpp computes it."""
    wave = torch.from_numpy(np.ascontiguousarray(y, dtype=np.float32))[None, :]
    window = torch.hann_window(spec["win_length"], dtype=torch.float32)
    stft = torch.stft(wave, spec["n_fft"], spec["hop_length"], spec["win_length"], window, center=True, pad_mode="reflect",
                      normalized=False, onesided=True, return_complex=True)
    power = stft[0].abs().pow(2.0)  # bins x frames
    f_sp, min_log_hz, min_log_mel, log_step = 200.0 / 3, 1000.0, 1000.0 / (200.0 / 3), math.log(6.4) / 27.0
    all_freqs = torch.linspace(0, spec["sample_rate"] // 2, spec["n_fft"] // 2 + 1)
    mel_pts = torch.linspace(float(_hz_to_mel(spec["fmin"])), float(_hz_to_mel(spec["fmax"])), spec["n_mels"] + 2)
    f_pts = f_sp * mel_pts
    log_part = mel_pts >= min_log_mel
    f_pts[log_part] = min_log_hz * torch.exp(log_step * (mel_pts[log_part] - min_log_mel))
    f_diff = f_pts[1:] - f_pts[:-1]
    slopes = f_pts.unsqueeze(0) - all_freqs.unsqueeze(1)
    down = (-1.0 * slopes[:, :-2]) / f_diff[:-1]
    up = slopes[:, 2:] / f_diff[1:]
    fb = torch.max(torch.zeros(1), torch.min(down, up))
    fb = fb * (2.0 / (f_pts[2:spec["n_mels"] + 2] - f_pts[:spec["n_mels"]])).unsqueeze(0)
    mel = torch.matmul(power.transpose(-1, -2), fb.contiguous())
    if spec.get("float16_round_trip"):
        mel = mel.half().float()
    return torch.log10(10000 * mel + 1)


MUSICNN_PATCH_FRAMES = 187


@torch.no_grad()
def musicnn_clip_embedding(model, y16k):
    """The clip embedding a musicnn model reads: its layer averaged over whole 187-frame patches
    (one zero-padded patch for a clip shorter than 3 s)."""
    s = model.settings
    log_mel = musicnn_log_mel(y16k, s["musicnn_features"])
    n = log_mel.shape[0] // MUSICNN_PATCH_FRAMES
    if n == 0:
        patches = torch.zeros(1, MUSICNN_PATCH_FRAMES, log_mel.shape[1])
        patches[0, :log_mel.shape[0]] = log_mel
    else:
        patches = log_mel[:n * MUSICNN_PATCH_FRAMES].reshape(n, MUSICNN_PATCH_FRAMES, log_mel.shape[1])
    rows = model.musicnn(patches)[s["musicnn"]["layer"]]
    return rows.double().mean(0).float().numpy()


# ---------------------------------------------------------------------------------------------
# Prediction, as `gtzan-cli predict` computes it for a file that fits in one window (a 30 s clip)


def segments(features, frames):
    """Whole segments of `frames` from the start (one zero-padded segment when the clip is shorter)."""
    n = features.shape[1]
    starts = [0] if n < frames else list(range(0, n - frames + 1, frames))
    return starts


@torch.no_grad()
def predict_features(model, features, clip_embedding=None):
    """Calibrated genre probabilities of a clip: the network's verdict on its clip embedding
    (embed_mlp), else the mean over its spectrogram segments' verdicts. clip_embedding: the raw
    musicnn embedding for models that read one (predict_file computes it)."""
    s = model.settings
    cfg, norm, temperature = s["model"], s["normalization"], s["temperature"]
    embedding = None
    if cfg["name"] in ("embed_mlp", "fusion"):
        if s.get("musicnn"):
            e = np.asarray(clip_embedding, dtype=np.float32)
        elif s["embedding"] == "band-mean-std":
            e = band_statistics(features)
        else:
            raise ValueError("this model reads the embedding '%s', which this script does not compute" % s["embedding"])
        mean, std = norm.get("embeddingMean"), norm.get("embeddingStd")
        if mean and len(mean) == len(e):
            e = (e - np.asarray(mean, dtype=np.float32)) / np.asarray(std, dtype=np.float32)
        embedding = torch.from_numpy(e.astype(np.float32))[None, :]
    if cfg["name"] == "embed_mlp":
        return torch.softmax(model(None, embedding) / temperature, 1)[0].numpy()
    frames = cfg["frames"]
    batch = []
    for start in segments(features, frames):
        seg = np.zeros((features.shape[0], frames), dtype=np.float32)
        part = features[:, start:start + frames]
        seg[:, :part.shape[1]] = (part - norm["mean"]) * np.float32(1.0 / norm["std"])
        batch.append(seg)
    x = torch.from_numpy(np.stack(batch))
    e = embedding.expand(len(batch), -1) if embedding is not None else None
    return torch.softmax(model(x, e) / temperature, 1).mean(0).numpy()


def predict_file(model, path):
    s = model.settings
    spec = s["features"]
    clip_embedding = None
    if s.get("musicnn"):
        clip_embedding = musicnn_clip_embedding(model, load_audio(path, s["musicnn_features"]["sample_rate"]))
    features = mel_features(load_audio(path, spec["sample_rate"]), spec) if s["model"]["name"] != "embed_mlp" else None
    return predict_features(model, features, clip_embedding)


class StandardisedSegments(nn.Module):
    """The network with its input standardisation inside: raw features (B x bands x frames) in,
    logits out; what `predict.py --torchscript` traces, so the sidecar says mean 0, std 1."""

    def __init__(self, model):
        super().__init__()
        self.net = model
        norm = model.settings["normalization"]
        self.mean, self.scale = float(norm["mean"]), 1.0 / float(norm["std"])

    def forward(self, x):
        return self.net((x - self.mean) * self.scale)

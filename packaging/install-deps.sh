#!/usr/bin/env bash
# Installs every Debian package GTZAN Explorer needs to build, test, run and package.
# Run as root on Debian 12 (bookworm). Safe to run again: apt skips what is there.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

BUILD=(build-essential cmake ninja-build pkg-config git file)
QT=(qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6-dev libgl-dev)
ENGINE=(libtorch-dev libopenblas0-pthread libsndfile1-dev libfftw3-dev libsoxr-dev
        librubberband-dev libhdf5-dev libqcustomplot-dev libchromaprint-dev libaubio-dev
        libarchive-dev libssl-dev vamp-plugin-sdk)
# What the tests need: an X server for screenshots, a sound server with a null sink,
# Qt's multimedia backends, tools that make test audio in other formats (espeak-ng: speech), and
# GNU parallel (test_reproduce runs `reproduce --plan` through it, as a class would), Debian's
# PyTorch and NumPy (the bridges' tests: a notebook's TorchScript model, an exported predict.py, an
# .npz) and vamp-simple-host (the Vamp plugin's test).
TEST=(xvfb xauth pulseaudio pulseaudio-utils gstreamer1.0-plugins-base gstreamer1.0-plugins-good
      libqt6multimedia6 qt6-qpa-plugins libqt6svg6 sox libsox-fmt-all x11-apps imagemagick
      fonts-noto-cjk fonts-dejavu-core espeak-ng parallel
      python3-torch python3-numpy python3-soundfile vamp-examples)
# Building and checking the .deb: dpkg-shlibdeps (CPack's dependency scan), the .desktop and
# AppStream validators, groff to check the man pages.
PACKAGING=(dpkg-dev desktop-file-utils appstream groff-base)
# The sanitizer build and the fuzzers (the asan preset, .ci/run): clang with libFuzzer and the
# sanitizer runtimes, llvm-symbolizer for readable reports.
SANITIZE=(clang-14 libfuzzer-14-dev libclang-rt-14-dev llvm-14)
# The format check (.clang-format; CI fails on unformatted code).
FORMAT=(clang-format-14)
# Only for remaking the report's screenshot (docs/development.md): headless Chromium renders the HTML.
SCREENSHOTS=(chromium)
PEERS=(python3-torch python3-torchaudio python3-torchvision python3-soundfile python3-numpy)

want=("${BUILD[@]}" "${QT[@]}" "${ENGINE[@]}" "${TEST[@]}" "${PACKAGING[@]}" "${SANITIZE[@]}" "${FORMAT[@]}")
[ "${WITH_PEERS:-0}" = 1 ] && want+=("${PEERS[@]}")
[ "${WITH_SCREENSHOTS:-0}" = 1 ] && want+=("${SCREENSHOTS[@]}")

$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${want[@]}"

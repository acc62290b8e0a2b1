#pragma once
#include "embedding/EmbeddingCache.h"
#include "embedding/MusicnnEmbedder.h"
#include <QCommandLineParser>
#include <memory>

namespace gtzan {
namespace cli {

// The options `embed` and `tags` share: --model, --cache, --no-cache, --threads.
void addMusicnnOptions(QCommandLineParser &parser);

struct MusicnnCliSetup {
    gtzan::MusicnnEmbedder model;
    std::unique_ptr<gtzan::EmbeddingCache> cache; // null with --no-cache
};

// Checks the options (false after a usage error, already printed) and loads the model
// (throws gtzan::Error when its file is missing or damaged).
bool musicnnSetupFromOptions(const QCommandLineParser &parser, MusicnnCliSetup &setup);

} // namespace cli
} // namespace gtzan

#pragma once
#include "inference/FilePrediction.h"
#include <QStringList>
#include <vector>

namespace gtzan {

// "Sounds electronic: GTZAN has no such genre." A genre classifier must name one of its genres,
// but musicnn's tags (50 of them, learnt from 200,000 tagged songs) also know styles that GTZAN
// lacks. When one of those is among the file's strongest tags, the answer says so beside the
// genre, so a person reads "pop" for an electronic track as "the nearest of these genres", not as
// a verdict. A style that is a GTZAN genre the model was not trained on (rock, for the
// 8-genre GCT634 models) is named the same way.
//
// `tags`: every tag with its mean probability over the file, strongest first. Nothing when no
// outside style is among the top kTagsConsidered tags with at least kMinimumProbability.
SoundsLike styleOutsideGenres(const std::vector<TagScore> &tags, const QStringList &genres);

constexpr int kTagsConsidered = 3;
constexpr double kMinimumProbability = 0.25;

} // namespace gtzan

#include "dataset/ClipFeatures.h"
#include <QSet>

namespace gtzan {

std::vector<int> segmentStarts(int frames, int segmentFrames, int hopFrames) {
    if (segmentFrames <= 0 || frames < segmentFrames) return {0};
    const int hop = hopFrames > 0 ? hopFrames : segmentFrames;
    std::vector<int> starts;
    for (int start = 0; start + segmentFrames <= frames; start += hop) starts.push_back(start);
    return starts;
}

std::vector<size_t> originalClipIndices(const std::vector<ClipFeatures> &clips) {
    std::vector<size_t> out;
    QSet<QString> seen;
    for (size_t i = 0; i < clips.size(); ++i)
        if (clips[i].augmentation == 0 && !seen.contains(clips[i].clip.id)) {
            seen.insert(clips[i].clip.id);
            out.push_back(i);
        }
    return out;
}

std::vector<SegmentRef> segmentClips(const std::vector<ClipFeatures> &clips, int segmentFrames, int hopFrames) {
    std::vector<SegmentRef> out;
    for (int c = 0; c < int(clips.size()); ++c) {
        const int frames = clips[size_t(c)].features.cols;
        const int length = segmentFrames > 0 ? segmentFrames : frames;
        for (int start : segmentStarts(frames, segmentFrames, hopFrames)) out.push_back({c, start, length});
    }
    return out;
}

} // namespace gtzan

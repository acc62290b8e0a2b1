#include "dataset/ClipFeatures.h"

namespace gtzan {

std::vector<SegmentRef> segmentClips(const std::vector<ClipFeatures> &clips, int segmentFrames, int hopFrames) {
    std::vector<SegmentRef> out;
    for (int c = 0; c < int(clips.size()); ++c) {
        const int frames = clips[size_t(c)].features.cols;
        if (segmentFrames <= 0) {
            out.push_back({c, 0, frames});
            continue;
        }
        const int hop = hopFrames > 0 ? hopFrames : segmentFrames;
        if (frames < segmentFrames) {
            out.push_back({c, 0, segmentFrames});
            continue;
        }
        for (int start = 0; start + segmentFrames <= frames; start += hop) out.push_back({c, start, segmentFrames});
    }
    return out;
}

} // namespace gtzan

#include "dsp/FeatureSpec.h"
#include "common/Error.h"
#include <QJsonValue>
#include <QStringList>
#include <cmath>

namespace gtzan {

namespace {
const char *scaleName(FeatureSpec::Scale s) {
    switch (s) {
    case FeatureSpec::Scale::Power: return "power";
    case FeatureSpec::Scale::Log10Plus1: return "log10_10000x_plus_1";
    case FeatureSpec::Scale::Decibel: break;
    }
    return "db";
}
} // namespace

int FeatureSpec::segmentFrames() const {
    if (segmentSeconds <= 0) return 0;
    // librosa-style frame count of a segment of exactly segmentSeconds, minus the centre frame
    // that would overlap the next segment: 4 s x 16000 / 512 = 125 frames.
    // (The tiny margin keeps a length set by setSegmentFrames from rounding down a frame.)
    return int(std::floor(segmentSeconds * sampleRate / hop + 1e-6));
}

void FeatureSpec::setSegmentFrames(int frames) { segmentSeconds = frames > 0 ? double(frames) * hop / sampleRate : 0.0; }

FeatureSpec FeatureSpec::gct634() { return FeatureSpec(); }

FeatureSpec FeatureSpec::native() {
    FeatureSpec s;
    s.name = QStringLiteral("native");
    s.sampleRate = 22050;
    s.nMels = 128;
    s.fmax = 11025.0;
    return s;
}

FeatureSpec FeatureSpec::musicnn() {
    FeatureSpec s;
    s.name = QStringLiteral("musicnn");
    s.sampleRate = 16000;
    s.nFft = 512;
    s.hop = 256;
    s.winLength = 512;
    s.nMels = 96;
    s.fmax = 8000.0;
    s.scale = Scale::Log10Plus1;
    s.dbTopDb = 0;
    s.float16RoundTrip = true;
    s.segmentSeconds = 187.0 * 256 / 16000; // 187-frame patches
    return s;
}

QStringList FeatureSpec::presetNames() { return {QStringLiteral("gct634"), QStringLiteral("native"), QStringLiteral("musicnn")}; }

FeatureSpec FeatureSpec::preset(const QString &name) {
    if (name == QLatin1String("gct634")) return gct634();
    if (name == QLatin1String("native")) return native();
    if (name == QLatin1String("musicnn")) return musicnn();
    throw Error(QStringLiteral("Unknown feature preset \"%1\" (known: %2)").arg(name, presetNames().join(QStringLiteral(", "))));
}

QJsonObject FeatureSpec::toJson() const {
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("sample_rate"), sampleRate},
        {QStringLiteral("n_fft"), nFft},
        {QStringLiteral("hop_length"), hop},
        {QStringLiteral("win_length"), winLength},
        {QStringLiteral("window"), QStringLiteral("hann_periodic")},
        {QStringLiteral("center"), QStringLiteral("reflect")},
        {QStringLiteral("n_mels"), nMels},
        {QStringLiteral("fmin"), fmin},
        {QStringLiteral("fmax"), fmax},
        {QStringLiteral("mel_scale"), QStringLiteral("slaney")},
        {QStringLiteral("mel_norm"), QStringLiteral("slaney")},
        {QStringLiteral("scale"), QString::fromLatin1(scaleName(scale))},
        {QStringLiteral("db_ref"), dbRef},
        {QStringLiteral("db_amin"), dbAmin},
        {QStringLiteral("db_top_db"), dbTopDb},
        {QStringLiteral("float16_round_trip"), float16RoundTrip},
        {QStringLiteral("segment_seconds"), segmentSeconds},
    };
}

FeatureSpec FeatureSpec::fromJson(const QJsonObject &o) {
    auto need = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) throw Error(QStringLiteral("Feature settings lack \"%1\"").arg(QLatin1String(key)));
        return v;
    };
    FeatureSpec s;
    s.name = need("name").toString();
    s.sampleRate = need("sample_rate").toInt();
    s.nFft = need("n_fft").toInt();
    s.hop = need("hop_length").toInt();
    s.winLength = need("win_length").toInt();
    s.nMels = need("n_mels").toInt();
    s.fmin = need("fmin").toDouble();
    s.fmax = need("fmax").toDouble();
    const QString scale = need("scale").toString();
    if (scale == QLatin1String("db")) s.scale = Scale::Decibel;
    else if (scale == QLatin1String("power")) s.scale = Scale::Power;
    else if (scale == QLatin1String("log10_10000x_plus_1")) s.scale = Scale::Log10Plus1;
    else throw Error(QStringLiteral("Unknown feature scale \"%1\"").arg(scale));
    s.dbRef = o.value(QLatin1String("db_ref")).toDouble(1.0);
    s.dbAmin = o.value(QLatin1String("db_amin")).toDouble(1e-10);
    s.dbTopDb = o.value(QLatin1String("db_top_db")).toDouble(80.0);
    s.float16RoundTrip = o.value(QLatin1String("float16_round_trip")).toBool(false);
    s.segmentSeconds = o.value(QLatin1String("segment_seconds")).toDouble(4.0);
    s.validate();
    return s;
}

void FeatureSpec::validate() const {
    auto bad = [](const QString &what) { throw Error(QStringLiteral("Invalid feature settings: %1").arg(what)); };
    // Realistic bounds, not just positive ones: a spec from a damaged or crafted model file with
    // hop 1 and FFT 65536 at 384 kHz ran for hours in 4.5 GB, and a million-frame segment gave
    // wrong answers. Every preset and every display setting sits well inside them.
    if (sampleRate < 1000 || sampleRate > 384000) bad(QStringLiteral("sample rate %1 Hz (1000 to 384000)").arg(sampleRate));
    if (nFft < 16 || nFft > kMaxFft) bad(QStringLiteral("FFT size %1 (16 to %2)").arg(nFft).arg(kMaxFft));
    if (winLength < 1 || winLength > nFft) bad(QStringLiteral("window length %1 for FFT size %2").arg(winLength).arg(nFft));
    if (hop < 1 || hop > 65536) bad(QStringLiteral("hop %1").arg(hop));
    if (qint64(hop) * kMaxOverlap < winLength)
        bad(QStringLiteral("hop %1 for a window of %2 (frames may overlap at most %3 times)").arg(hop).arg(winLength).arg(kMaxOverlap));
    if (qint64(hop) * kMaxFramesPerSecond < sampleRate)
        bad(QStringLiteral("hop %1 at %2 Hz (at most %3 frames per second)").arg(hop).arg(sampleRate).arg(kMaxFramesPerSecond));
    if (nMels < 1 || nMels > kMaxMels || nMels > nFft / 2 + 1)
        bad(QStringLiteral("%1 mel bands for FFT size %2 (1 to %3, and no more than the FFT's %4 bins)")
                .arg(nMels)
                .arg(nFft)
                .arg(kMaxMels)
                .arg(nFft / 2 + 1));
    if (!std::isfinite(fmin) || !std::isfinite(fmax) || fmin < 0 || fmax <= fmin || fmax > sampleRate / 2.0 + 1e-6)
        bad(QStringLiteral("frequency range %1-%2 Hz").arg(fmin).arg(fmax));
    if (!(std::isfinite(dbRef) && dbRef > 0) || !(std::isfinite(dbAmin) && dbAmin > 0 && dbAmin < 1) || !(std::isfinite(dbTopDb) && dbTopDb <= 1000))
        bad(QStringLiteral("dB settings ref %1, amin %2, top_db %3").arg(dbRef).arg(dbAmin).arg(dbTopDb));
    if (!(std::isfinite(segmentSeconds) && segmentSeconds >= 0 && segmentSeconds <= kMaxSegmentSeconds))
        bad(QStringLiteral("segment length %1 s (0 to %2 s)").arg(segmentSeconds).arg(kMaxSegmentSeconds));
    if (segmentSeconds > 0 && (segmentFrames() < 1 || segmentFrames() > kMaxSegmentFrames))
        bad(QStringLiteral("a segment of %1 s makes %2 frames (1 to %3)").arg(segmentSeconds).arg(segmentFrames()).arg(kMaxSegmentFrames));
}

QString FeatureSpec::differenceFrom(const FeatureSpec &expected) const {
    const QJsonObject mine = toJson(), theirs = expected.toJson();
    QStringList differences;
    auto text = [](const QJsonValue &v) {
        return v.isString() ? v.toString() : v.isBool() ? QString::fromLatin1(v.toBool() ? "true" : "false") : QString::number(v.toDouble(), 'g', 10);
    };
    for (auto it = theirs.begin(); it != theirs.end(); ++it)
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("segment_seconds") && mine.value(it.key()) != it.value())
            differences << QStringLiteral("%1 %2 (expected %3)").arg(it.key(), text(mine.value(it.key())), text(it.value()));
    return differences.join(QStringLiteral(", "));
}

bool FeatureSpec::operator==(const FeatureSpec &o) const { return toJson() == o.toJson(); }

} // namespace gtzan

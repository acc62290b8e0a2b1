#pragma once
#include "common/Matrix.h"
#include <QJsonObject>
#include <QString>
#include <optional>

namespace gtzan {

// Feature matrices on disk, one file per entry, named by a hash of everything the features
// depend on (the key material: cache format version, audio content fingerprint, FeatureSpec
// JSON, the augmentation draw's waveform part). A file is trusted only when its magic,
// version, key material, size and checksum all match; anything else is a miss and the
// caller recomputes (and overwrites). Writes are atomic (QSaveFile). Thread-safe: entries are
// independent files.
class FeatureCache {
public:
    static constexpr int kFormatVersion = 2; // 2: 64-bit checksum instead of MD5

    explicit FeatureCache(const QString &dir);
    // The window's feature cache (<cache location>/features); other caches of clips go beside it.
    static QString defaultDir();
    const QString &dir() const { return m_dir; }

    static QJsonObject keyMaterial(const QByteArray &fingerprint, const QJsonObject &spec, const QJsonObject &draw);
    QString pathFor(const QJsonObject &keyMaterial) const;

    // The cached matrix, or nothing when absent or not trustworthy (`why` then says which).
    std::optional<Matrix> load(const QJsonObject &keyMaterial, QString *why = nullptr) const;
    // Throws gtzan::Error when the file cannot be written.
    void store(const QJsonObject &keyMaterial, const Matrix &m) const;

private:
    QString m_dir;
};

} // namespace gtzan

#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace gtzan {

// The reference report's figures (KAIST GCT634 2020, homework 2): Table 1 (models x conditions),
// Table 2 (ImageNet-pretrained VGG and ResNet, augmentation + segmentation) and Table 3 (the
// confusion matrix of its best model). The program carries them (resources/reference, at
// :/reference), so a report can stand beside them anywhere.
class ReferenceTables {
public:
    using Cell = std::array<double, 3>; // train, validation, test accuracy in percent

    static const ReferenceTables &gct634(); // the carried tables; parsed once
    // Throws gtzan::Error when `json` is not the tables' layout.
    static ReferenceTables fromJson(const QJsonObject &json);

    // The figure for a model and condition, when the reference ran it (Table 2 rows answer for
    // "augmentation+segmentation" only).
    std::optional<Cell> cell(const QString &table, const QString &row, const QString &condition) const;
    const QStringList &confusionGenres() const { return m_genres; }
    const std::vector<std::vector<double>> &confusion() const { return m_confusion; } // rows true, columns predicted; clips
    const QString &confusionNote() const { return m_confusionNote; }
    const QString &source() const { return m_source; }
    const QJsonObject &protocol() const { return m_protocol; }

private:
    QJsonObject m_table1, m_table2;
    QStringList m_genres;
    std::vector<std::vector<double>> m_confusion;
    QString m_confusionNote, m_source;
    QJsonObject m_protocol;
};

} // namespace gtzan

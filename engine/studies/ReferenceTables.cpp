#include "studies/ReferenceTables.h"
#include "common/Error.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace gtzan {

namespace {

std::optional<ReferenceTables::Cell> cellOf(const QJsonValue &v) {
    const QJsonArray a = v.toArray();
    if (a.size() != 3) return std::nullopt;
    return ReferenceTables::Cell{a[0].toDouble(), a[1].toDouble(), a[2].toDouble()};
}

} // namespace

ReferenceTables ReferenceTables::fromJson(const QJsonObject &json) {
    ReferenceTables t;
    t.m_table1 = json.value(QStringLiteral("table1")).toObject().value(QStringLiteral("rows")).toObject();
    t.m_table2 = json.value(QStringLiteral("table2")).toObject().value(QStringLiteral("rows")).toObject();
    const QJsonObject table3 = json.value(QStringLiteral("table3")).toObject();
    for (const QJsonValue &g : table3.value(QStringLiteral("genres")).toArray()) t.m_genres.append(g.toString());
    for (const QJsonValue &row : table3.value(QStringLiteral("matrix")).toArray()) {
        std::vector<double> r;
        for (const QJsonValue &x : row.toArray()) r.push_back(x.toDouble());
        if (int(r.size()) != t.m_genres.size()) throw Error(QStringLiteral("the reference's confusion matrix is not square"));
        t.m_confusion.push_back(r);
    }
    if (t.m_table1.isEmpty() || t.m_table2.isEmpty() || t.m_genres.isEmpty() || int(t.m_confusion.size()) != t.m_genres.size())
        throw Error(QStringLiteral("the reference tables are incomplete"));
    t.m_confusionNote = table3.value(QStringLiteral("note")).toString();
    t.m_source = json.value(QStringLiteral("source")).toString();
    t.m_protocol = json.value(QStringLiteral("protocol")).toObject();
    return t;
}

const ReferenceTables &ReferenceTables::gct634() {
    static const ReferenceTables tables = [] {
        QFile f(QStringLiteral(":/reference/gct634-2020-hw2-tables.json"));
        if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("the program's copy of the reference tables is missing"));
        return fromJson(QJsonDocument::fromJson(f.readAll()).object());
    }();
    return tables;
}

std::optional<ReferenceTables::Cell> ReferenceTables::cell(const QString &table, const QString &row, const QString &condition) const {
    if (table == QLatin1String("table2")) return condition == QLatin1String("augmentation+segmentation") ? cellOf(m_table2.value(row)) : std::nullopt;
    return cellOf(m_table1.value(row).toObject().value(condition));
}

} // namespace gtzan

#include "studies/ExperimentPlan.h"
#include "common/DataLocations.h"
#include "common/Error.h"
#include "common/FileDigest.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <iterator>

namespace gtzan {

namespace {

// A row of the reference's tables as a recipe: which network, which embedding.
struct RowModel {
    const char *table;
    const char *row;
    const char *model;
    const char *backbone; // fusion only
    const char *embedding;
};

// Table 1 rows in the reference's order, then Table 2 (every Table 2 model has only the
// augmentation+segmentation column).
const RowModel kRows[] = {
    {"table1", "baseline1d", "baseline1d", "", "none"},
    {"table1", "cnn1d (Q1)", "cnn1d", "", "none"},
    {"table1", "embed_mlp MTT (Q2)", "embed_mlp", "", "mtt"},
    {"table1", "embed_mlp MSD (Q2)", "embed_mlp", "", "msd"},
    {"table1", "cnn2d", "cnn2d", "", "none"},
    {"table1", "fusion cnn1d+MSD", "fusion", "cnn1d", "msd"},
    {"table1", "fusion cnn2d+MSD", "fusion", "cnn2d", "msd"},
    {"table1", "fusion resnet34+MSD", "fusion", "resnet34", "msd"},
    {"table2", "vgg13", "vgg13", "", "none"},
    {"table2", "vgg16", "vgg16", "", "none"},
    {"table2", "vgg19", "vgg19", "", "none"},
    {"table2", "resnet18", "resnet18", "", "none"},
    {"table2", "resnet34", "resnet34", "", "none"},
    {"table2", "resnet50", "resnet50", "", "none"},
    {"table2", "resnet101", "resnet101", "", "none"},
};

const RowModel &rowModel(const QString &row) {
    for (const RowModel &m : kRows)
        if (row == QLatin1String(m.row)) return m;
    throw Error(QStringLiteral("no model for the reference row \"%1\"").arg(row));
}

// The cells each protocol trains, as (row, condition).
struct Cell {
    const char *row;
    const char *condition;
};

// gct634: every Table 1 cell the reference filled (the 1-D models and the MLPs take whole clips,
// so they have no segmentation columns), then Table 2.
const Cell kGct634Cells[] = {
    {"baseline1d", "original"},
    {"baseline1d", "augmentation"},
    {"cnn1d (Q1)", "original"},
    {"cnn1d (Q1)", "augmentation"},
    {"embed_mlp MTT (Q2)", "original"},
    {"embed_mlp MTT (Q2)", "augmentation"},
    {"embed_mlp MSD (Q2)", "original"},
    {"embed_mlp MSD (Q2)", "augmentation"},
    {"cnn2d", "original"},
    {"cnn2d", "augmentation"},
    {"cnn2d", "segmentation"},
    {"cnn2d", "augmentation+segmentation"},
    {"fusion cnn1d+MSD", "original"},
    {"fusion cnn1d+MSD", "augmentation"},
    {"fusion cnn2d+MSD", "original"},
    {"fusion cnn2d+MSD", "augmentation"},
    {"fusion cnn2d+MSD", "segmentation"},
    {"fusion cnn2d+MSD", "augmentation+segmentation"},
    {"fusion resnet34+MSD", "original"},
    {"fusion resnet34+MSD", "augmentation"},
    {"fusion resnet34+MSD", "segmentation"},
    {"fusion resnet34+MSD", "augmentation+segmentation"},
    {"vgg13", "augmentation+segmentation"},
    {"vgg16", "augmentation+segmentation"},
    {"vgg19", "augmentation+segmentation"},
    {"resnet18", "augmentation+segmentation"},
    {"resnet34", "augmentation+segmentation"},
    {"resnet50", "augmentation+segmentation"},
    {"resnet101", "augmentation+segmentation"},
};

// quick: the same shape on the 50-clip sample. Each of the four kinds of model (1-D, 2-D,
// embedding, fusion) with and without augmentation, and the 2-D ones with and without
// segmentation, so every column of Table 1 has a figure.
const Cell kQuickCells[] = {
    {"cnn1d (Q1)", "original"},
    {"cnn1d (Q1)", "augmentation"},
    {"embed_mlp MSD (Q2)", "original"},
    {"embed_mlp MSD (Q2)", "augmentation"},
    {"cnn2d", "original"},
    {"cnn2d", "segmentation"},
    {"fusion cnn2d+MSD", "segmentation"},
    {"fusion cnn2d+MSD", "augmentation+segmentation"},
};

QString slug(const QString &text) {
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString s = text.toLower();
    s.replace(QLatin1String("+"), QLatin1String(" "));
    s.replace(notWord, QStringLiteral("-"));
    while (s.endsWith(QLatin1Char('-'))) s.chop(1);
    while (s.startsWith(QLatin1Char('-'))) s.remove(0, 1);
    return s;
}

QString conditionSlug(const QString &condition) {
    if (condition == QLatin1String("original")) return QStringLiteral("orig");
    if (condition == QLatin1String("augmentation")) return QStringLiteral("aug");
    if (condition == QLatin1String("segmentation")) return QStringLiteral("seg");
    return QStringLiteral("aug-seg");
}

QString absoluteClean(const QString &path) { return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

} // namespace

QStringList experimentProtocolNames() { return {QStringLiteral("gct634"), QStringLiteral("quick")}; }

QStringList experimentConditions() {
    return {QStringLiteral("original"), QStringLiteral("augmentation"), QStringLiteral("segmentation"), QStringLiteral("augmentation+segmentation")};
}

const PlannedRun *ExperimentPlan::find(const QString &id) const {
    for (const PlannedRun &r : runs)
        if (r.id == id) return &r;
    return nullptr;
}

QJsonObject ExperimentPlan::identity() const {
    QJsonArray planned;
    for (const PlannedRun &r : runs) planned.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("recipe"), runIdentity(r.recipe)}});
    return {{QStringLiteral("protocol"), protocol},
            {QStringLiteral("seeds"), seeds},
            {QStringLiteral("epochs"), epochs},
            {QStringLiteral("runs"), planned}};
}

namespace {

// A split list by what it says, not where it is: the installed package's copy and ../shared's,
// or a cluster node's mount of the same folder, are one list. A list that cannot be read is named
// by its path, so that it differs from any readable one.
QString listIdentity(const QString &path) {
    try {
        return QStringLiteral("sha1 ") + sha1OfFile(path);
    } catch (const Error &) {
        return QStringLiteral("unreadable ") + absoluteClean(path);
    }
}

// A split folder by its lists (the names and contents of its *.txt files).
QString listFolderIdentity(const QString &folder) {
    QStringList parts;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        parts << name + QLatin1Char(' ') + listIdentity(dir.filePath(name));
    return parts.isEmpty() ? QStringLiteral("no lists in ") + absoluteClean(folder) : parts.join(QLatin1String(", "));
}

} // namespace

QJsonObject runIdentity(const TrainingRecipe &recipe) {
    QJsonObject o = recipe.toJson();
    // Threads and the cache change how fast, not what; the data folder's clips are compared by
    // the experiment's data digest (experimentDataIdentity), wherever the folder is now.
    for (const char *key : {"threads", "cacheDir", "dataFolder"}) o.remove(QLatin1String(key));
    for (const char *key : {"trainSplitFile", "validationSplitFile", "testSplitFile"}) {
        const QString path = o.value(QLatin1String(key)).toString();
        if (!path.isEmpty()) o.insert(QLatin1String(key), listIdentity(path));
    }
    const QString folder = o.value(QStringLiteral("splitFolder")).toString();
    if (!folder.isEmpty()) o.insert(QStringLiteral("splitFolder"), listFolderIdentity(folder));
    return o;
}

QString identityDifference(const QJsonObject &here, const QJsonObject &there) {
    for (const char *key : {"protocol", "seeds", "epochs"}) {
        const QJsonValue a = here.value(QLatin1String(key)), b = there.value(QLatin1String(key));
        if (a != b)
            return QStringLiteral("%1: %2 now, %3 in the folder")
                .arg(QLatin1String(key), a.toVariant().toString(), b.isUndefined() ? QStringLiteral("nothing") : b.toVariant().toString());
    }
    const QJsonArray a = here.value(QStringLiteral("runs")).toArray(), b = there.value(QStringLiteral("runs")).toArray();
    if (a.size() != b.size()) return QStringLiteral("%1 planned runs now, %2 in the folder").arg(a.size()).arg(b.size());
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject x = a[i].toObject(), y = b[i].toObject();
        if (x.value(QStringLiteral("id")) != y.value(QStringLiteral("id")))
            return QStringLiteral("run %1 is %2 now, %3 in the folder")
                .arg(i + 1)
                .arg(x.value(QStringLiteral("id")).toString(), y.value(QStringLiteral("id")).toString());
        const QString key = firstDifferentKey(x.value(QStringLiteral("recipe")).toObject(), y.value(QStringLiteral("recipe")).toObject());
        if (!key.isEmpty()) return QStringLiteral("run %1: %2 differs").arg(x.value(QStringLiteral("id")).toString(), key);
    }
    return {};
}

QString firstDifferentKey(const QJsonObject &a, const QJsonObject &b) {
    for (auto it = a.begin(); it != a.end(); ++it)
        if (b.value(it.key()) != it.value()) return it.key();
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key())) return it.key();
    return {};
}

ExperimentPlan planExperiment(const ExperimentRequest &request) {
    if (!experimentProtocolNames().contains(request.protocol))
        throw Error(
            QStringLiteral("unknown protocol \"%1\" (known: %2)").arg(request.protocol, experimentProtocolNames().join(QStringLiteral(", "))));
    if (request.dataFolder.isEmpty() || !QFileInfo(request.dataFolder).isDir())
        throw Error(QStringLiteral("the data folder \"%1\" does not exist").arg(request.dataFolder));
    const bool gct634 = request.protocol == QLatin1String("gct634");
    ExperimentPlan plan;
    plan.protocol = request.protocol;
    plan.seeds = request.seeds > 0 ? request.seeds : (gct634 ? 3 : 2);
    plan.epochs = request.epochs > 0 ? request.epochs : (gct634 ? 30 : 20);
    if (plan.seeds > 10) throw Error(QStringLiteral("at most 10 seeds, not %1").arg(plan.seeds));
    if (plan.epochs > 1000) throw Error(QStringLiteral("at most 1000 epochs, not %1").arg(plan.epochs));
    plan.dataFolder = absoluteClean(request.dataFolder);

    // The split: the course's fixed 8-genre lists with 5 validation clips per genre carved from
    // train, or on the sample the last clip of each genre for test and one for validation.
    TrainingRecipe base;
    base.dataFolder = plan.dataFolder;
    base.genreSet = QStringLiteral("gct634");
    base.featurePreset = QStringLiteral("gct634");
    base.augmentChain = QStringLiteral("gct634");
    base.embeddingLayer = QStringLiteral("max_pool");
    base.threads = request.threads;
    base.cacheDir = request.cacheDir;
    base.options.epochs = plan.epochs;
    base.options.batchSize = 32;
    base.options.validationBatchSize = 16;
    base.options.learningRate = 1e-4;
    base.options.earlyStopPatience = 0;
    base.options.seeds = 1;
    if (gct634) {
        QString lists = request.splitFolder;
        if (lists.isEmpty()) {
            const QString train = sharedDataFile(QStringLiteral("data/splits/gct634-8genre/train.txt"));
            if (!train.isEmpty()) lists = QFileInfo(train).absolutePath();
        }
        const QDir dir(lists);
        if (lists.isEmpty() || !dir.exists(QStringLiteral("train.txt")) || !dir.exists(QStringLiteral("test.txt")))
            throw Error(QStringLiteral("the gct634 protocol needs the gct634-8genre split lists (train.txt, test.txt); looked in \"%1\"")
                            .arg(lists.isEmpty() ? sharedDataSearchPath().join(QStringLiteral("/data/splits/gct634-8genre\", \"")) +
                                                       QStringLiteral("/data/splits/gct634-8genre")
                                                 : lists));
        base.splitKind = TrainingRecipe::SplitKind::Files;
        base.trainSplitFile = absoluteClean(dir.filePath(QStringLiteral("train.txt")));
        base.testSplitFile = absoluteClean(dir.filePath(QStringLiteral("test.txt")));
        base.validationPerGenre = 5;
    } else {
        base.splitKind = TrainingRecipe::SplitKind::LastPerGenre;
        base.testPerGenre = 1;
        base.validationPerGenre = 1;
        // 24 training clips make one batch of 32 per epoch: at lr 1e-4 a run of a few epochs would
        // take a few steps and learn nothing. Smaller batches and a larger step let the scaled-down
        // runs learn something in minutes.
        base.options.batchSize = 8;
        base.options.learningRate = 1e-3;
    }

    // Seed by seed: every cell's first seed before any second one, so an interrupted experiment
    // already has a whole table, with spreads filling in as it goes on.
    const auto addCells = [&](const Cell *cells, size_t count) {
        for (int s = 0; s < plan.seeds; ++s)
            for (size_t c = 0; c < count; ++c) {
                const RowModel &m = rowModel(QLatin1String(cells[c].row));
                const QString condition = QLatin1String(cells[c].condition);
                PlannedRun run;
                run.table = QLatin1String(m.table);
                run.row = QLatin1String(m.row);
                run.condition = condition;
                run.seed = uint64_t(s + 1);
                run.id = QStringLiteral("%1-%2-%3-s%4")
                             .arg(run.table == QLatin1String("table1") ? QStringLiteral("t1") : QStringLiteral("t2"), slug(run.row),
                                  conditionSlug(condition))
                             .arg(run.seed);
                run.recipe = base;
                TrainingRecipe &r = run.recipe;
                r.model.name = QLatin1String(m.model);
                if (*m.backbone) r.model.backbone = QLatin1String(m.backbone);
                r.embedding = QLatin1String(m.embedding);
                r.options.augment = condition.startsWith(QLatin1String("augmentation")) ? QStringLiteral("offline") : QStringLiteral("none");
                r.segmentSeconds = condition.endsWith(QLatin1String("segmentation")) ? 4.0 : 0.0;
                r.options.firstSeed = run.seed;
                r.validate();
                plan.runs.push_back(run);
            }
    };
    if (gct634) addCells(kGct634Cells, std::size(kGct634Cells));
    else addCells(kQuickCells, std::size(kQuickCells));
    return plan;
}

} // namespace gtzan

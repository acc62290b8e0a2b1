#include "embedding/Hdf5Snapshot.h"
#include "common/Error.h"
#include <cstring>

namespace gtzan {

namespace {
// The layout, in the byte order of the machine (both programs run on it):
//   "GTZH5SNAP1\n"
//   u32 attribute count, then per attribute: text name, text value
//   u32 node count, then per node: text path, u8 kind, u8 problem, and
//     a group: u32 member count, text per member
//     a readable data set: u8 rank, i64 per extent, then the float32 values
//   "END\n"
// where a text is a u32 byte count and UTF-8 bytes.
constexpr char kMagic[] = "GTZH5SNAP1\n";
constexpr char kEnd[] = "END\n";
constexpr uint32_t kMaxTextBytes = 1 << 20;

class Writer {
public:
    explicit Writer(QByteArray &out) : m_out(out) {}
    template <typename T> void raw(T v) { m_out.append(reinterpret_cast<const char *>(&v), sizeof v); }
    void text(const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        raw(uint32_t(utf8.size()));
        m_out.append(utf8);
    }

private:
    QByteArray &m_out;
};

class Reader {
public:
    explicit Reader(const QByteArray &in) : m_in(in) {}
    size_t remaining() const { return size_t(m_in.size()) - m_at; }
    void need(size_t n) const {
        if (n > remaining()) throw Error(QStringLiteral("the HDF5 reader's output ends early"));
    }
    template <typename T> T raw() {
        need(sizeof(T));
        T v;
        std::memcpy(&v, m_in.constData() + m_at, sizeof v);
        m_at += sizeof v;
        return v;
    }
    QString text() {
        const uint32_t n = raw<uint32_t>();
        if (n > kMaxTextBytes) throw Error(QStringLiteral("the HDF5 reader's output holds an implausibly long name"));
        need(n);
        const QByteArray utf8 = QByteArray::fromRawData(m_in.constData() + m_at, qsizetype(n));
        const QString s = QString::fromUtf8(utf8);
        // One spelling per snapshot: the writer writes valid UTF-8 only.
        if (s.toUtf8() != utf8) throw Error(QStringLiteral("the HDF5 reader's output holds a name that is not UTF-8"));
        m_at += n;
        return s;
    }
    void expect(const char *literal) {
        const size_t n = std::strlen(literal);
        need(n);
        if (std::memcmp(m_in.constData() + m_at, literal, n) != 0) throw Error(QStringLiteral("the HDF5 reader's output is not in its format"));
        m_at += n;
    }
    void floats(std::vector<float> &out, uint64_t count) {
        if (count > remaining() / sizeof(float)) throw Error(QStringLiteral("the HDF5 reader's output ends early"));
        out.resize(size_t(count));
        if (count) std::memcpy(out.data(), m_in.constData() + m_at, size_t(count) * sizeof(float));
        m_at += size_t(count) * sizeof(float);
    }

private:
    const QByteArray &m_in;
    size_t m_at = 0;
};

Error malformed(const QString &what) { return Error(QStringLiteral("the HDF5 reader's output is inconsistent: %1").arg(what)); }
} // namespace

QString Hdf5Snapshot::normalPath(const QString &path) {
    return QLatin1Char('/') + path.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
}

QByteArray Hdf5Snapshot::encode() const {
    QByteArray out;
    Writer w(out);
    out.append(kMagic);
    w.raw(uint32_t(rootAttributes.size()));
    for (const auto &[name, value] : rootAttributes) {
        w.text(name);
        w.text(value);
    }
    w.raw(uint32_t(nodes.size()));
    for (const auto &[path, node] : nodes) {
        w.text(path);
        w.raw(uint8_t(node.kind));
        w.raw(uint8_t(node.problem));
        if (node.kind == Kind::Group) {
            w.raw(uint32_t(node.children.size()));
            for (const QString &c : node.children) w.text(c);
        } else if (node.kind == Kind::DataSet && node.problem == Problem::None) {
            w.raw(uint8_t(node.array.shape.size()));
            for (int64_t d : node.array.shape) w.raw(d);
            out.append(reinterpret_cast<const char *>(node.array.data.data()), qsizetype(node.array.data.size() * sizeof(float)));
        }
    }
    out.append(kEnd);
    return out;
}

Hdf5Snapshot Hdf5Snapshot::decode(const QByteArray &bytes) {
    Reader r(bytes);
    r.expect(kMagic);
    Hdf5Snapshot s;
    const uint32_t attributes = r.raw<uint32_t>();
    if (attributes > kMaxAttributes) throw malformed(QStringLiteral("%1 attributes").arg(attributes));
    for (uint32_t i = 0; i < attributes; ++i) {
        const QString name = r.text();
        // In the writer's (std::map's) order: no name twice, one spelling per snapshot.
        if (!s.rootAttributes.empty() && !(s.rootAttributes.rbegin()->first < name)) throw malformed(QStringLiteral("attributes out of order"));
        s.rootAttributes[name] = r.text();
    }
    const uint32_t nodeCount = r.raw<uint32_t>();
    if (nodeCount > kMaxNodes) throw malformed(QStringLiteral("%1 objects").arg(nodeCount));
    uint64_t values = 0;
    for (uint32_t i = 0; i < nodeCount; ++i) {
        const QString path = r.text();
        if (path != normalPath(path)) throw malformed(QStringLiteral("the path \"%1\"").arg(path.left(200)));
        if (!s.nodes.empty() && !(s.nodes.rbegin()->first < path)) throw malformed(QStringLiteral("objects out of order"));
        Node node;
        const auto kind = r.raw<uint8_t>();
        const auto problem = r.raw<uint8_t>();
        if (kind < uint8_t(Kind::Group) || kind > uint8_t(Kind::Other)) throw malformed(QStringLiteral("an object of kind %1").arg(kind));
        if (problem > uint8_t(Problem::Unreadable)) throw malformed(QStringLiteral("a problem of kind %1").arg(problem));
        node.kind = Kind(kind);
        node.problem = Problem(problem);
        if (node.kind == Kind::Group) {
            const uint32_t members = r.raw<uint32_t>();
            if (members > kMaxNodes) throw malformed(QStringLiteral("a group of %1 members").arg(members));
            for (uint32_t m = 0; m < members; ++m) node.children << r.text();
        } else if (node.kind == Kind::DataSet && node.problem == Problem::None) {
            const auto rank = r.raw<uint8_t>();
            if (rank > kMaxRank) throw malformed(QStringLiteral("a data set of rank %1").arg(rank));
            uint64_t count = 1;
            for (int d = 0; d < rank; ++d) {
                const auto extent = r.raw<int64_t>();
                if (extent < 0 || uint64_t(extent) > kMaxValues || (extent && count > kMaxValues / uint64_t(extent)))
                    throw malformed(QStringLiteral("a data set's extent %1").arg(extent));
                node.array.shape.push_back(extent);
                count *= uint64_t(extent);
            }
            values += count;
            if (values > kMaxValues) throw malformed(QStringLiteral("more than %1 values").arg(kMaxValues));
            r.floats(node.array.data, count);
        }
        if (!s.nodes.emplace(path, std::move(node)).second) throw malformed(QStringLiteral("the path \"%1\" twice").arg(path.left(200)));
    }
    r.expect(kEnd);
    if (r.remaining() != 0) throw malformed(QStringLiteral("bytes after its end"));
    return s;
}

} // namespace gtzan

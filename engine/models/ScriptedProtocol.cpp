#include "models/ScriptedProtocol.h"
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gtzan::scripted {

namespace {

bool writeAll(int fd, const void *data, size_t n, std::string &error) {
    const char *p = static_cast<const char *>(data);
    while (n > 0) {
        // On a socket, a reader that has gone gives an error, not SIGPIPE (which would end the
        // engine's whole process for a model's crash); on a plain pipe, write as usual.
        ssize_t w = ::send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == ENOTSOCK) w = ::write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            error = w < 0 ? std::string("the pipe broke: ") + std::strerror(errno) : "the pipe took nothing";
            return false;
        }
        p += w;
        n -= size_t(w);
    }
    return true;
}

bool readAll(int fd, void *data, size_t n, std::string &error, int timeoutMs) {
    char *p = static_cast<char *>(data);
    while (n > 0) {
        if (timeoutMs >= 0) {
            pollfd waitFor{fd, POLLIN, 0};
            const int ready = ::poll(&waitFor, 1, timeoutMs);
            if (ready < 0 && errno == EINTR) continue;
            if (ready == 0) {
                error = "no answer within " + std::to_string(timeoutMs / 1000) + " s";
                return false;
            }
        }
        const ssize_t r = ::read(fd, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            error = r < 0 ? std::string("the pipe broke: ") + std::strerror(errno) : "the other side ended";
            return false;
        }
        p += r;
        n -= size_t(r);
    }
    return true;
}

// Little-endian on the pipe; both ends are this machine, but the format should not depend on it.
template <typename T> bool writeValue(int fd, T v, std::string &error) {
    unsigned char bytes[sizeof(T)];
    for (size_t i = 0; i < sizeof(T); ++i) bytes[i] = static_cast<unsigned char>((static_cast<uint64_t>(v) >> (8 * i)) & 0xff);
    return writeAll(fd, bytes, sizeof(T), error);
}

template <typename T> bool readValue(int fd, T &v, std::string &error, int timeoutMs) {
    unsigned char bytes[sizeof(T)];
    if (!readAll(fd, bytes, sizeof(T), error, timeoutMs)) return false;
    uint64_t u = 0;
    for (size_t i = 0; i < sizeof(T); ++i) u |= uint64_t(bytes[i]) << (8 * i);
    v = static_cast<T>(u);
    return true;
}

} // namespace

bool writeFrame(int fd, const char tag[4], const Frame &frame, std::string &error) {
    if (!writeAll(fd, tag, 4, error) || !writeValue<uint32_t>(fd, frame.status, error)) return false;
    if (frame.status != 0) {
        const std::string message = frame.message.substr(0, kMaxMessage);
        return writeValue<uint32_t>(fd, uint32_t(message.size()), error) && writeAll(fd, message.data(), message.size(), error);
    }
    if (frame.shape.size() > kMaxDims) {
        error = "a tensor of " + std::to_string(frame.shape.size()) + " dimensions";
        return false;
    }
    if (!writeValue<uint32_t>(fd, uint32_t(frame.shape.size()), error)) return false;
    for (int64_t d : frame.shape)
        if (!writeValue<int64_t>(fd, d, error)) return false;
    static_assert(sizeof(float) == 4, "float32 on the pipe");
    return writeAll(fd, frame.values.data(), frame.values.size() * sizeof(float), error);
}

bool readFrame(int fd, const char tag[4], Frame &frame, std::string &error, int timeoutMs) {
    char got[4];
    if (!readAll(fd, got, 4, error, timeoutMs)) return false;
    if (std::memcmp(got, tag, 4) != 0) {
        error = "an unexpected message";
        return false;
    }
    frame = Frame{};
    if (!readValue<uint32_t>(fd, frame.status, error, timeoutMs)) return false;
    if (frame.status != 0) {
        uint32_t n = 0;
        if (!readValue<uint32_t>(fd, n, error, timeoutMs)) return false;
        if (n > kMaxMessage) {
            error = "a message of " + std::to_string(n) + " bytes";
            return false;
        }
        frame.message.resize(n);
        return readAll(fd, frame.message.data(), n, error, timeoutMs);
    }
    uint32_t dims = 0;
    if (!readValue<uint32_t>(fd, dims, error, timeoutMs)) return false;
    if (dims > kMaxDims) {
        error = "a tensor of " + std::to_string(dims) + " dimensions";
        return false;
    }
    uint64_t count = dims ? 1 : 0;
    for (uint32_t i = 0; i < dims; ++i) {
        int64_t d = 0;
        if (!readValue<int64_t>(fd, d, error, timeoutMs)) return false;
        if (d < 0 || uint64_t(d) > kMaxValues || (d > 0 && count > kMaxValues / uint64_t(d))) {
            error = "a tensor dimension of " + std::to_string(d);
            return false;
        }
        count *= uint64_t(d);
        frame.shape.push_back(d);
    }
    frame.values.resize(size_t(count));
    return readAll(fd, frame.values.data(), size_t(count) * sizeof(float), error, timeoutMs);
}

} // namespace gtzan::scripted

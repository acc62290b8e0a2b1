#pragma once
#include <QString>
#include <stdexcept>

namespace gtzan {

// The exception type the engine throws (and Cancelled, below, derived from it). Its message is written for a person:
// it names the file (when there is one) and says what went wrong in plain words.
class Error : public std::runtime_error {
public:
    explicit Error(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Thrown when work stops because its caller asked it to (a cancel flag, Ctrl+C), never for a
// failure. An Error, so that code which only reports errors needs no change; code that must tell a
// cancel from a failure (skip a bad clip but stop on cancel, say "stopped" rather than "failed")
// catches Cancelled first, by type, never by the words of the message.
class Cancelled : public Error {
public:
    explicit Cancelled(const QString &message = QStringLiteral("cancelled")) : Error(message) {}
};

} // namespace gtzan

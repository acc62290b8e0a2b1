#pragma once
#include <QString>
#include <stdexcept>

namespace gtzan {

// The one exception type the engine throws. Its message is written for a person:
// it names the file (when there is one) and says what went wrong in plain words.
class Error : public std::runtime_error {
public:
    explicit Error(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace gtzan

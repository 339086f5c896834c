#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace calib {

// Outcome of a storage operation that returns a value: either the value or a plain-words
// error message (never both). Storage code reports failures through this type and never
// throws or aborts.
template<typename T> class StoreResult
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    [[nodiscard]] static StoreResult failure(QString message) { return StoreResult(std::move(message), Tag {}); }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only valid when ok().
    [[nodiscard]] const T &value() const { return *m_value; }
    [[nodiscard]] T &value() { return *m_value; }
    // Empty when ok().
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    struct Tag
    {
    };
    StoreResult(QString message, Tag)
        : m_error(std::move(message))
    { }

    std::optional<T> m_value;
    QString m_error;
};

// Outcome of a storage operation without a value.
class StoreStatus
{
public:
    StoreStatus() = default;
    [[nodiscard]] static StoreStatus failure(QString message) { return StoreStatus(std::move(message)); }
    template<typename T> [[nodiscard]] static StoreStatus from(const StoreResult<T> &result)
    {
        return result.ok() ? StoreStatus() : failure(result.error());
    }

    [[nodiscard]] bool ok() const { return m_error.isNull(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    explicit StoreStatus(QString message)
        : m_error(message.isNull() ? QStringLiteral("error") : std::move(message))
    { }

    QString m_error;
};

} // namespace calib

#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace warden {

// Why an operation failed; the command line maps each kind to its exit code.
enum class ErrorKind
{
    Usage = 1, // bad arguments, missing store, unknown operator
    Refused = 2, // missing right or broken invariant
    Conflict = 3, // the data changed since it was read
    Invalid = 4, // bad input: names, keys, files
    Failed = 5, // the database or the file system failed
};

struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    QString message;
};

inline Error refused(const QString& message) { return {ErrorKind::Refused, message}; }
inline Error invalid(const QString& message) { return {ErrorKind::Invalid, message}; }
inline Error conflict(const QString& message) { return {ErrorKind::Conflict, message}; }
inline Error usage(const QString& message) { return {ErrorKind::Usage, message}; }
inline Error failed(const QString& message) { return {ErrorKind::Failed, message}; }

// A value or the error that prevented it.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Asking a failed result for its value, or a good one for its error, is a programming error.
    const T& value() const&
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T& value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T&& value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T* operator->() const
    {
        Q_ASSERT(ok());
        return &*m_value;
    }
    T* operator->()
    {
        Q_ASSERT(ok());
        return &*m_value;
    }
    const Error& error() const
    {
        Q_ASSERT(!ok());
        return m_error;
    }

private:
    std::optional<T> m_value;
    Error m_error;
};

// The outcome of an operation that returns nothing. It has no conversion to bool on purpose:
// "if (status)" read as success and meant failure.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    bool failed() const { return m_error.has_value(); }
    const Error& error() const
    {
        Q_ASSERT(failed());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace warden

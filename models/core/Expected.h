#pragma once

#include "models/core/Error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace Netloom {

/// A value or an Error (std::expected arrives only with C++23).
///
///     Expected<Cidr> c = Cidr::parse(text);
///     if (!c) return c.error();
///     use(*c);
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(const T& value)
        : m_data(std::in_place_index<0>, value)
    {
    }
    Expected(T&& value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(const Error& error)
        : m_data(std::in_place_index<1>, error)
    {
    }
    Expected(Error&& error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T& value() const&
    {
        assert(hasValue());
        return std::get<0>(m_data);
    }
    T& value() &
    {
        assert(hasValue());
        return std::get<0>(m_data);
    }
    T&& value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_data));
    }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

    const Error& error() const
    {
        assert(!hasValue());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// Expected<void>: success, or an Error.
template<>
class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(const Error& error)
        : m_error(error)
        , m_failed(true)
    {
    }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Netloom

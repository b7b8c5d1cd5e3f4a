#pragma once

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

namespace Netloom {

/// Shares the storage of strings that repeat across many objects (namespace names, label keys and
/// values, port protocols, an origin): intern() returns the pool's copy of an equal string, so
/// 20,000 Services of 2,000 namespaces hold 2,000 namespace strings, not 20,000. Thread-safe (the
/// mappers run on worker threads). Bounded: strings longer than MaxLength are returned as they
/// are, and once the pool holds MaxEntries strings it only hands out what it has (unique values,
/// such as uids, are not worth pooling and must not grow it without end).
class StringPool final
{
    Q_DISABLE_COPY_MOVE(StringPool)

public:
    static constexpr qsizetype MaxLength = 128;
    static constexpr qsizetype MaxEntries = 200000;

    StringPool() = default;

    QString intern(const QString& text)
    {
        if (text.isEmpty() || text.size() > MaxLength)
            return text;
        const QMutexLocker lock(&m_mutex);
        const auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            return *it;
        if (m_strings.size() < MaxEntries)
            m_strings.insert(text);
        return text;
    }

    qsizetype size() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_strings.size();
    }

private:
    mutable QMutex m_mutex;
    QSet<QString> m_strings;
};

} // namespace Netloom

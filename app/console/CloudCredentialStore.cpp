#include "app/console/CloudCredentialStore.h"

#include "app/console/Tr.h"

#include <qt6keychain/keychain.h>

namespace Netloom::Console {

namespace {

Error keychainError(const QKeychain::Job& job, const QString& what)
{
    // The keychain's own text: which keychain, and why (locked, no Secret Service, denied).
    return Error(Tr::tr("The keychain could not %1: %2").arg(what, job.errorString()),
        QStringLiteral("QKeychain error %1").arg(int(job.error())));
}

} // namespace

CloudCredentialStore::CloudCredentialStore(QObject* parent)
    : QObject(parent)
{
}

CloudCredentialStore::~CloudCredentialStore() = default;

void CloudCredentialStore::store(
    const QString& profile, const QByteArray& secret, std::function<void(std::optional<Error>)> done)
{
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(Service), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(profile);
    job->setTextData(QString::fromUtf8(secret));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), profile](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return done(keychainError(*finished, Tr::tr("store the secret of %1").arg(profile)));
        done(std::nullopt);
    });
    job->start();
}

void CloudCredentialStore::read(const QString& profile, std::function<void(Expected<QByteArray>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(Service), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), profile](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return done(keychainError(*finished, Tr::tr("read the secret of %1").arg(profile)));
        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData().toUtf8());
    });
    job->start();
}

void CloudCredentialStore::remove(const QString& profile, std::function<void(std::optional<Error>)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(Service), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), profile](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return done(keychainError(*finished, Tr::tr("remove the secret of %1").arg(profile)));
        done(std::nullopt);
    });
    job->start();
}

} // namespace Netloom::Console

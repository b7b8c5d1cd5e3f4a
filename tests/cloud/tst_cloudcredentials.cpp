// The console's cloud secrets in a real Secret Service (GNOME Keyring under its own D-Bus session,
// started by with-secret-service.sh): a random token stored through QtKeychain is read back by
// QtKeychain and by `secret-tool lookup`, and, with debug logging on, is in no file under HOME,
// the XDG folders or the temp folder.

#include "app/console/CloudCredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Netloom;
using namespace Netloom::Console;

namespace {

QByteArray randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toHex();
}

// Every regular file below @p folder that holds @p needle; @p scanned counts the files read.
QStringList filesHolding(const QString& folder, const QByteArray& needle, int* scanned)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets, vanished files
        ++*scanned;
        if (file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestCloudCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("NETLOOM_KEYRING_PASSWORD"))
            QFAIL("run through tests/cloud/with-secret-service.sh (ctest does): it starts the Secret Service");
        // Debug logging on everywhere: no log line may carry the secret either.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }

    void aTokenGoesToTheKeychainOnly()
    {
        const QByteArray token = randomToken();
        const QString profile = QStringLiteral("lab-") + QString::fromLatin1(randomToken().left(8));
        CloudCredentialStore store;

        bool stored = false;
        std::optional<Error> storeError;
        store.store(profile, token, [&](std::optional<Error> error) {
            storeError = std::move(error);
            stored = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 20000);
        QVERIFY2(!storeError, qPrintable(storeError ? storeError->toString() : QString()));

        bool read = false;
        QByteArray back;
        store.read(profile, [&](Expected<QByteArray> secret) {
            QVERIFY2(secret, qPrintable(secret ? QString() : secret.error().toString()));
            back = *secret;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
        QCOMPARE(back, token);

        // The Secret Service itself has it, as another program reads it.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), QLatin1String(CloudCredentialStore::Service),
                QStringLiteral("user"), profile });
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(lookup.exitCode(), 0);
        QCOMPARE(lookup.readAllStandardOutput().trimmed(), token);

        // ... and no file does: not the keyring's own (encrypted), no settings, cache or log.
        int scanned = 0;
        QStringList holders;
        for (const QString& folder :
            { qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_DATA_HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"),
                qEnvironmentVariable("XDG_CACHE_HOME"), qEnvironmentVariable("XDG_RUNTIME_DIR"), QDir::tempPath() })
            holders += filesHolding(folder, token, &scanned);
        QVERIFY2(holders.isEmpty(), qPrintable(holders.join(QLatin1Char(' '))));
        QVERIFY2(!filesHolding(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings"), "x", &scanned).isEmpty()
                || scanned > 0,
            "the keyring's files were not there to be searched");
        qInfo("%d files searched", scanned);

        bool removed = false;
        store.remove(profile, [&](std::optional<Error> error) {
            QVERIFY(!error);
            removed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QProcess gone;
        gone.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), QLatin1String(CloudCredentialStore::Service),
                QStringLiteral("user"), profile });
        QVERIFY(gone.waitForFinished(20000));
        QVERIFY(gone.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudCredentials)
#include "tst_cloudcredentials.moc"

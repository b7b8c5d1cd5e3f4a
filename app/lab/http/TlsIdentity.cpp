#include "app/lab/http/TlsIdentity.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>

namespace Netloom::Lab {

namespace {

template <auto Fn> struct Deleter
{
    template <typename T> void operator()(T* p) const { Fn(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;

Error opensslError(const QString& what)
{
    return Error(QStringLiteral("Could not create the lab's TLS certificates"), what);
}

KeyPtr newKey()
{
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray certPem(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

QByteArray keyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

CertPtr readCert(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

KeyPtr readKey(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate with a random positive 128-bit serial, valid from an hour ago.
CertPtr newCertificate(EVP_PKEY* key, const char* commonName, long validSeconds)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    std::unique_ptr<BIGNUM, Deleter<BN_free>> serial(BN_new());
    BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), validSeconds);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Netloom"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    return cert;
}

Expected<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("Could not read %1").arg(path), file.errorString());
    return file.readAll();
}

Expected<void> writeFile(const QString& path, const QByteArray& data, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("Could not write %1").arg(path), file.errorString());
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit())
        return Error(QStringLiteral("Could not write %1").arg(path), file.errorString());
    return {};
}

constexpr long kDay = 24L * 3600L;

} // namespace

Expected<TlsIdentity> TlsIdentity::generate()
{
    KeyPtr caKey = newKey();
    if (!caKey)
        return opensslError(QStringLiteral("EC P-256 key generation failed"));
    CertPtr ca = newCertificate(caKey.get(), "netloom-lab-ca", 3650 * kDay);
    X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get()));
    const bool extOk = addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature")
        && addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    if (!extOk || X509_sign(ca.get(), caKey.get(), EVP_sha256()) == 0)
        return opensslError(QStringLiteral("signing the CA certificate failed"));
    return issue(certPem(ca.get()), keyPem(caKey.get()));
}

Expected<TlsIdentity> TlsIdentity::issue(const QByteArray& caCertPem, const QByteArray& caKeyPem)
{
    CertPtr ca = readCert(caCertPem);
    KeyPtr caKey = readKey(caKeyPem);
    if (!ca || !caKey)
        return opensslError(QStringLiteral("the CA certificate or key is not readable PEM"));
    KeyPtr key = newKey();
    if (!key)
        return opensslError(QStringLiteral("EC P-256 key generation failed"));
    CertPtr cert = newCertificate(key.get(), "netloom-lab", 365 * kDay);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get()));
    const bool extOk = addExtension(cert.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        && addExtension(cert.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(cert.get(), ca.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost")
        && addExtension(cert.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    if (!extOk || X509_sign(cert.get(), caKey.get(), EVP_sha256()) == 0)
        return opensslError(QStringLiteral("signing the serving certificate failed"));
    TlsIdentity identity;
    identity.m_caCertPem = caCertPem;
    identity.m_caKeyPem = caKeyPem;
    identity.m_serverCertPem = certPem(cert.get());
    identity.m_serverKeyPem = keyPem(key.get());
    return identity;
}

Expected<TlsIdentity> TlsIdentity::loadOrCreate(const QString& stateDir)
{
    if (!QDir().mkpath(stateDir))
        return Error(QStringLiteral("Could not create the state folder %1").arg(stateDir));
    const QDir dir(stateDir);
    const QString caCertPath = dir.filePath(QStringLiteral("ca.crt"));
    const QString caKeyPath = dir.filePath(QStringLiteral("ca.key"));
    Expected<TlsIdentity> identity = Error();
    if (QFile::exists(caCertPath) && QFile::exists(caKeyPath)) {
        const Expected<QByteArray> caCert = readFile(caCertPath);
        if (!caCert)
            return caCert.error();
        const Expected<QByteArray> caKey = readFile(caKeyPath);
        if (!caKey)
            return caKey.error();
        identity = issue(*caCert, *caKey);
    } else {
        identity = generate();
    }
    if (!identity)
        return identity;
    for (const auto& [name, data, secret] : { std::tuple { QStringLiteral("ca.crt"), identity->m_caCertPem, false },
             std::tuple { QStringLiteral("ca.key"), identity->m_caKeyPem, true },
             std::tuple { QStringLiteral("server.crt"), identity->m_serverCertPem, false },
             std::tuple { QStringLiteral("server.key"), identity->m_serverKeyPem, true } }) {
        if (const Expected<void> written = writeFile(dir.filePath(name), data, secret); !written)
            return written.error();
    }
    return identity;
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> chain = QSslCertificate::fromData(m_serverCertPem, QSsl::Pem);
    chain += QSslCertificate::fromData(m_caCertPem, QSsl::Pem);
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(QSslKey(m_serverKeyPem, QSsl::Ec, QSsl::Pem));
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace Netloom::Lab

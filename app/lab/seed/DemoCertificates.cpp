#include "app/lab/seed/DemoCertificates.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Netloom::Lab {

namespace {

template <auto Fn> struct Deleter
{
    template <typename T> void operator()(T* p) const { Fn(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;

Error failure(const QString& what)
{
    return Error(QStringLiteral("Could not create the demo's certificates"), what);
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

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

CertPtr newCertificate(EVP_PKEY* key, const QByteArray& commonName, qint64 notBefore, qint64 notAfter)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    std::unique_ptr<BIGNUM, Deleter<BN_free>> serial(BN_new());
    BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), static_cast<time_t>(notBefore));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), static_cast<time_t>(notAfter));
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.constData()), -1, -1, 0);
    return cert;
}

} // namespace

struct DemoCertificates::Keys
{
    KeyPtr caKey;
    CertPtr ca;
};

DemoCertificates::DemoCertificates()
    : m_keys(std::make_unique<Keys>())
{
}

DemoCertificates::~DemoCertificates() = default;
DemoCertificates::DemoCertificates(DemoCertificates&&) noexcept = default;
DemoCertificates& DemoCertificates::operator=(DemoCertificates&&) noexcept = default;

Expected<DemoCertificates> DemoCertificates::create()
{
    DemoCertificates out;
    out.m_keys->caKey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!out.m_keys->caKey)
        return failure(QStringLiteral("EC P-256 key generation failed"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    out.m_keys->ca = newCertificate(out.m_keys->caKey.get(), "Netloom Demo CA", now - 400 * 86400, now + 3250 * 86400);
    X509* ca = out.m_keys->ca.get();
    X509_set_issuer_name(ca, X509_get_subject_name(ca));
    if (!addExtension(ca, ca, NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(ca, ca, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature")
        || !addExtension(ca, ca, NID_subject_key_identifier, "hash")
        || X509_sign(ca, out.m_keys->caKey.get(), EVP_sha256()) == 0)
        return failure(QStringLiteral("signing the demo CA failed"));
    out.m_authority = { certPem(ca), keyPem(out.m_keys->caKey.get()) };
    return out;
}

Expected<DemoCertificates::Issued> DemoCertificates::issue(
    const QStringList& dnsNames, const QDateTime& notBefore, const QDateTime& notAfter) const
{
    if (dnsNames.isEmpty())
        return failure(QStringLiteral("a certificate needs a DNS name"));
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return failure(QStringLiteral("EC P-256 key generation failed"));
    CertPtr cert = newCertificate(
        key.get(), dnsNames.front().toUtf8(), notBefore.toSecsSinceEpoch(), notAfter.toSecsSinceEpoch());
    X509_set_issuer_name(cert.get(), X509_get_subject_name(m_keys->ca.get()));
    QStringList names;
    for (const QString& name : dnsNames)
        names.append(QStringLiteral("DNS:") + name);
    if (!addExtension(cert.get(), m_keys->ca.get(), NID_subject_alt_name, names.join(QLatin1Char(',')).toUtf8())
        || !addExtension(cert.get(), m_keys->ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), m_keys->ca.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
        || !addExtension(cert.get(), m_keys->ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), m_keys->ca.get(), NID_authority_key_identifier, "keyid:always")
        || X509_sign(cert.get(), m_keys->caKey.get(), EVP_sha256()) == 0)
        return failure(QStringLiteral("signing the certificate for %1 failed").arg(dnsNames.front()));
    return Issued { certPem(cert.get()), keyPem(key.get()) };
}

} // namespace Netloom::Lab

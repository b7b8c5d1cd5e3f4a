#include "models/kube/TlsCertificate.h"

#include "models/kube/Tr.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Netloom::Kube {

namespace {

struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
struct NamesFree
{
    void operator()(GENERAL_NAMES* n) const { GENERAL_NAMES_free(n); }
};

QString nameText(const X509_NAME* name)
{
    std::unique_ptr<BIO, BioFree> out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, size);
}

QString commonName(const X509_NAME* name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, value);
    if (size < 0)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
    OPENSSL_free(utf8);
    return out;
}

QDateTime timeOf(const ASN1_TIME* time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
        Qt::UTC);
}

QString ipText(const ASN1_OCTET_STRING* ip)
{
    const unsigned char* bytes = ASN1_STRING_get0_data(ip);
    const int size = ASN1_STRING_length(ip);
    if (size == 4)
        return QStringLiteral("%1.%2.%3.%4").arg(bytes[0]).arg(bytes[1]).arg(bytes[2]).arg(bytes[3]);
    if (size == 16) {
        QStringList groups;
        for (int i = 0; i < 16; i += 2)
            groups.append(QString::number((bytes[i] << 8) | bytes[i + 1], 16));
        return groups.join(QLatin1Char(':'));
    }
    return {};
}

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return Tr::tr("not a certificate");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

} // namespace

Expected<TlsCertificateInfo> TlsCertificateInfo::fromPem(const QByteArray& pem)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");
    static const QByteArray end = QByteArrayLiteral("-----END CERTIFICATE-----");
    TlsCertificateInfo info;
    ERR_clear_error();
    qsizetype from = 0;
    while (true) {
        // Only CERTIFICATE blocks are handed to OpenSSL: anything else (a key) is never parsed.
        const qsizetype start = pem.indexOf(begin, from);
        if (start < 0)
            break;
        const qsizetype stop = pem.indexOf(end, start);
        if (stop < 0)
            return Error(Tr::tr("certificate %1 of the chain has no END CERTIFICATE line").arg(info.chainLength + 1));
        const QByteArray block = pem.mid(start, stop + end.size() - start);
        from = stop + end.size();
        std::unique_ptr<BIO, BioFree> in(BIO_new_mem_buf(block.constData(), static_cast<int>(block.size())));
        std::unique_ptr<X509, X509Free> cert(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
        if (!cert)
            return Error(Tr::tr("certificate %1 of the chain cannot be read: %2")
                             .arg(info.chainLength + 1)
                             .arg(opensslError()));
        ++info.chainLength;
        if (info.chainLength > 1)
            continue;
        info.subject = nameText(X509_get_subject_name(cert.get()));
        info.issuer = nameText(X509_get_issuer_name(cert.get()));
        info.issuerCn = commonName(X509_get_issuer_name(cert.get()));
        info.notBefore = timeOf(X509_get0_notBefore(cert.get()));
        info.notAfter = timeOf(X509_get0_notAfter(cert.get()));
        std::unique_ptr<GENERAL_NAMES, NamesFree> names(static_cast<GENERAL_NAMES*>(
            X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr)));
        for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
            if (name->type == GEN_DNS) {
                const ASN1_STRING* dns = name->d.dNSName;
                info.dnsNames.append(QString::fromLatin1(
                    reinterpret_cast<const char*>(ASN1_STRING_get0_data(dns)), ASN1_STRING_length(dns)));
            } else if (name->type == GEN_IPADD) {
                const QString ip = ipText(name->d.iPAddress);
                if (!ip.isEmpty())
                    info.ipAddresses.append(ip);
            }
        }
    }
    if (info.chainLength == 0)
        return Error(Tr::tr("tls.crt holds no PEM certificate"));
    return info;
}

} // namespace Netloom::Kube

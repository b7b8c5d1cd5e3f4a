#pragma once

#include <QString>

namespace Netloom::TestSupport {

/// The third-party reference data folder (../shared/reference by default), taken from the
/// NETLOOM_REFERENCE_DIR environment variable that CTest sets. Empty when it does not exist.
QString referenceDir();

/// Absolute path of a file below the reference folder; empty when the folder or the file is absent.
/// Tests use it through NETLOOM_REQUIRE_REFERENCE, which fails loudly naming the missing path.
QString referenceFile(const QString& relativePath);

/// Folder holding the project's executables (netloom, netloom-lab), from NETLOOM_BIN_DIR.
QString binDir();

} // namespace Netloom::TestSupport

/// Fails the current test with a clear message when a reference file is missing.
#define NETLOOM_REQUIRE_REFERENCE(var, relativePath)                                                                   \
    const QString var = ::Netloom::TestSupport::referenceFile(relativePath);                                           \
    if (var.isEmpty())                                                                                                 \
        QFAIL(qPrintable(QStringLiteral("reference data absent: %1 not found below NETLOOM_REFERENCE_DIR=%2")          \
                             .arg(relativePath, qEnvironmentVariable("NETLOOM_REFERENCE_DIR"))));

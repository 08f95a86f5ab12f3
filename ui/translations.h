#pragma once

#include <QLocale>

class QCoreApplication;

namespace lab {

/// Installs the lab's translation for `locale` (embedded as :/i18n/lagrangian-lab_<lang>.qm)
/// and Qt's own qtbase translation from QLibraryInfo::TranslationsPath. Replaces the
/// translators that an earlier call installed. Returns true when the lab's translation was
/// found. English needs none and returns false. Uses only Qt Core, so the command line may
/// call it too.
bool installTranslators(QCoreApplication& application, const QLocale& locale = QLocale());

} // namespace lab

#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lab {

namespace {

const char* const translatorName = "lagrangianLabTranslator";

void removeInstalledTranslators(QCoreApplication& application)
{
    const auto translators = application.findChildren<QTranslator*>(QLatin1String(translatorName),
                                                                    Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installOne(QCoreApplication& application, const QLocale& locale, const QString& name,
                const QString& directory)
{
    auto* translator = new QTranslator(&application);
    translator->setObjectName(QLatin1String(translatorName));
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        qCInfo(lcTranslations) << "no translation" << name << "for" << locale.uiLanguages() << "in"
                               << directory;
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCInfo(lcTranslations) << "installed translation" << translator->filePath();
    return true;
}

} // namespace

bool installTranslators(QCoreApplication& application, const QLocale& locale)
{
    removeInstalledTranslators(application);
    installOne(application, locale, QStringLiteral("qtbase"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installOne(application, locale, QStringLiteral("lagrangian-lab"),
                      QStringLiteral(":/i18n"));
}

} // namespace lab

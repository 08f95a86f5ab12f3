#pragma once

#include <QLoggingCategory>

// One logging category per area of the GUI. All levels are on by default. Filter them with
// QT_LOGGING_RULES, for example QT_LOGGING_RULES="lab.ui.plots.info=false".
Q_DECLARE_LOGGING_CATEGORY(lcTraining)
Q_DECLARE_LOGGING_CATEGORY(lcDiscovery)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcPlots)
Q_DECLARE_LOGGING_CATEGORY(lcWindow)
Q_DECLARE_LOGGING_CATEGORY(lcTranslations)
Q_DECLARE_LOGGING_CATEGORY(lcConservation)

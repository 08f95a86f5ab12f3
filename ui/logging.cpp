#include "logging.h"

Q_LOGGING_CATEGORY(lcTraining, "lab.ui.training")
Q_LOGGING_CATEGORY(lcDiscovery, "lab.ui.discovery")
Q_LOGGING_CATEGORY(lcImport, "lab.ui.import")
Q_LOGGING_CATEGORY(lcPlots, "lab.ui.plots")
Q_LOGGING_CATEGORY(lcWindow, "lab.ui.window")
Q_LOGGING_CATEGORY(lcTranslations, "lab.ui.translations")
Q_LOGGING_CATEGORY(lcConservation, "lab.ui.conservation")

#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "tandem.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAudit, "tandem.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "tandem.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "tandem.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "tandem.ui", QtWarningMsg)

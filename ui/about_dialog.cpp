#include "about_dialog.h"

#include <core/storage/database.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Tandem::Ui {

QString AboutDialog::version()
{
    return QStringLiteral(TANDEM_VERSION);
}

AboutDialog::AboutDialog(const QString &databaseDescription, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Tandem"));
    auto *name = new QLabel(tr("Tandem %1").arg(version()), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto *summary = new QLabel(tr("Applicant tracking and recruitment CRM in one desktop program."), this);
    summary->setWordWrap(true);

    QStringList facts;
    facts << tr("Version: %1").arg(version());
    facts << tr("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    facts << tr("SQLite: %1").arg(sqliteLibraryVersion());
    facts << tr("System: %1, %2").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    if (!databaseDescription.isEmpty())
        facts << tr("Database: %1").arg(databaseDescription);
    auto *details = new QLabel(facts.join(QLatin1Char('\n')), this);
    details->setTextFormat(Qt::PlainText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    // Support asks for exactly these lines; one click puts them in a ticket.
    connect(copy, &QPushButton::clicked, this,
            [facts] { QGuiApplication::clipboard()->setText(facts.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(summary);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(details);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

} // namespace Tandem::Ui

#include "first_launch_dialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem::Ui {

FirstLaunchDialog::FirstLaunchDialog(const QString &databasePath, int sampleCandidates, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Tandem"));
    setObjectName(QStringLiteral("firstLaunchDialog"));

    auto *title = new QLabel(tr("Welcome to Tandem"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Tandem keeps your candidates, requisitions and pipelines in one place. "
                                "How would you like to start?"),
                             this);
    intro->setWordWrap(true);

    auto *empty = new QCommandLinkButton(tr("Start with an empty database"),
                                         tr("Add your own candidates and requisitions from the beginning."), this);
    empty->setObjectName(QStringLiteral("startEmptyButton"));
    auto *sample = new QCommandLinkButton(
        tr("Explore sample data"),
        tr("Try Tandem with a made-up recruitment agency: %1 candidates, requisitions, pipelines and timelines. "
           "You can start a new, empty database at any time from the File menu.")
            .arg(QLocale().toString(sampleCandidates)),
        this);
    sample->setObjectName(QStringLiteral("sampleDataButton"));
    connect(empty, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::EmptyDatabase;
        accept();
    });
    connect(sample, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::SampleData;
        accept();
    });

    auto *where = new QLabel(tr("Your database will be stored in:\n%1").arg(QDir::toNativeSeparators(databasePath)), this);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Not now"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(empty);
    layout->addWidget(sample);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(where);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    empty->setFocus();
}

} // namespace Tandem::Ui

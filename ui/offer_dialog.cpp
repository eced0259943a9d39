#include "offer_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/documents/letter_merge.h>
#include <core/documents/letter_pdf.h>
#include <core/documents/offer_letter.h>
#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/offer_letter_templates.h>
#include <core/records/offer_service.h>
#include <core/records/requisition_service.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

const QStringList commonCurrencies = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                      QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CHF"),
                                      QStringLiteral("JPY"), QStringLiteral("INR"), QStringLiteral("SGD"),
                                      QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
                                      QStringLiteral("PLN"), QStringLiteral("BRL"), QStringLiteral("MXN")};

QString localCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return code.isEmpty() ? QStringLiteral("USD") : code;
}

} // namespace

OfferDialog::OfferDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_previewTimer(new QTimer(this))
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("New offer"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &OfferDialog::refreshPreview);
    createFields();
    buildLayout();
    loadTemplates(0);
}

void OfferDialog::createFields()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText); // candidate names are data, never markup
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_salary = new QSpinBox(this);
    m_salary->setObjectName(QStringLiteral("salary"));
    m_salary->setRange(0, 999'999'999);
    m_salary->setSingleStep(1000);
    m_salary->setGroupSeparatorShown(true);
    m_salary->setAccelerated(true);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems(commonCurrencies);
    m_currency->setCurrentText(localCurrency());
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    for (SalaryPeriod p : {SalaryPeriod::Year, SalaryPeriod::Month, SalaryPeriod::Hour})
        m_period->addItem(tr("per %1").arg(salaryPeriodLabel(p)), salaryPeriodKey(p));
    for (QDateEdit **edit : {&m_start, &m_expires}) {
        *edit = new QDateEdit(this);
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setDate(QDate::currentDate().addDays(30));
    m_expires->setObjectName(QStringLiteral("expiresOn"));
    m_expires->setDate(QDate::currentDate().addDays(7));
    m_expires->setToolTip(tr("The last day the candidate can accept"));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("letterTemplate"));
    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setTabChangesFocus(true);
    m_terms->setPlaceholderText(tr("Benefits, bonus, equity, probation, conditions of the offer"));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setTextFormat(Qt::PlainText);
    m_export = new QPushButton(tr("E&xport PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportPdf"));
    connect(m_export, &QPushButton::clicked, this, &OfferDialog::chooseExportFile);

    const auto later = [this] { m_previewTimer->start(); };
    connect(m_salary, &QSpinBox::valueChanged, this, later);
    connect(m_currency, &QComboBox::currentTextChanged, this, later);
    connect(m_period, &QComboBox::currentIndexChanged, this, later);
    connect(m_start, &QDateEdit::dateChanged, this, later);
    connect(m_expires, &QDateEdit::dateChanged, this, later);
    connect(m_template, &QComboBox::currentIndexChanged, this, later);
    connect(m_terms, &QPlainTextEdit::textChanged, this, later);
}

void OfferDialog::buildLayout()
{
    auto *pay = new QHBoxLayout;
    pay->addWidget(m_salary, 2);
    pay->addWidget(m_currency, 1);
    pay->addWidget(m_period, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Salary:"), pay);
    form->addRow(tr("S&tart date:"), m_start);
    form->addRow(tr("Offer e&xpires:"), m_expires);
    form->addRow(tr("&Letter:"), m_template);
    auto *termsLabel = new QLabel(tr("T&erms:"), this);
    termsLabel->setBuddy(m_terms);
    form->addRow(termsLabel);
    form->addRow(m_terms);
    static_cast<QLabel *>(form->labelForField(pay))->setBuddy(m_salary);

    auto *previewLabel = new QLabel(tr("Letter preview"), this);
    QFont bold = previewLabel->font();
    bold.setBold(true);
    previewLabel->setFont(bold);
    auto *previewFooter = new QHBoxLayout;
    previewFooter->addWidget(m_previewNote, 1);
    previewFooter->addWidget(m_export, 0, Qt::AlignTop);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(previewLabel);
    previewColumn->addWidget(m_preview, 1);
    previewColumn->addLayout(previewFooter);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 4);
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addLayout(previewColumn, 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfferDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 130, metrics.lineSpacing() * 30);
    m_salary->setFocus();
}

void OfferDialog::loadTemplates(qint64 selectedId)
{
    m_template->clear();
    auto templates = OfferLetterTemplates(m_session.db(), m_session.actor()).list();
    if (!templates) {
        m_message->showMessage(templates.error().text(), InlineMessage::Kind::Warning);
        return;
    }
    for (const OfferLetterTemplate &t : *templates) {
        m_template->addItem(t.isDefault ? tr("%1 (default)").arg(t.name) : t.name, t.id);
        if ((selectedId == 0 && t.isDefault) || t.id == selectedId)
            m_template->setCurrentIndex(m_template->count() - 1);
    }
}

void OfferDialog::describeApplication(qint64 applicationId)
{
    auto app = ApplicationService(m_session.db(), m_session.actor()).get(applicationId);
    if (!app) {
        m_message->showMessage(app.error().text());
        return;
    }
    auto person = CandidateService(m_session.db(), m_session.actor()).get(app->candidateId);
    auto job = RequisitionService(m_session.db(), m_session.actor()).get(app->requisitionId);
    if (!person || !job) {
        m_message->showMessage((person ? job.error() : person.error()).text());
        return;
    }
    m_candidateName = person->displayName();
    m_heading->setText(tr("Offer to %1 for %2").arg(m_candidateName, job->title));
    if (m_record.id == 0) {
        if (!job->salaryCurrency.isEmpty())
            m_currency->setCurrentText(job->salaryCurrency);
        if (job->salaryMin)
            m_salary->setValue(int(std::min<qint64>(*job->salaryMin, m_salary->maximum())));
    }
}

void OfferDialog::setApplication(qint64 applicationId)
{
    m_record = Offer{};
    m_record.applicationId = applicationId;
    describeApplication(applicationId);
    refreshPreview();
}

void OfferDialog::setOffer(const Offer &offer)
{
    m_record = offer;
    const bool draft = offer.status == OfferStatus::Draft;
    setWindowTitle(draft ? tr("Edit offer") : tr("Offer (%1)").arg(offerStatusLabel(offer.status).toLower()));
    describeApplication(offer.applicationId);
    m_salary->setValue(int(std::min<qint64>(offer.salary, m_salary->maximum())));
    m_currency->setCurrentText(offer.currency);
    m_period->setCurrentIndex(std::max(0, m_period->findData(salaryPeriodKey(offer.period))));
    if (offer.startDate.isValid())
        m_start->setDate(offer.startDate);
    if (offer.expiresOn.isValid())
        m_expires->setDate(offer.expiresOn);
    loadTemplates(offer.letterTemplateId);
    m_terms->setPlainText(offer.terms);
    setEditable(draft);
    if (!draft)
        m_message->showMessage(tr("This offer is %1, so its terms can no longer change. To offer different terms, "
                                  "withdraw it and make a new offer.")
                                   .arg(offerStatusLabel(offer.status).toLower()),
                               InlineMessage::Kind::Information);
    refreshPreview();
}

void OfferDialog::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_salary, m_currency, m_period, m_start, m_expires, m_template})
        w->setEnabled(editable);
    m_terms->setReadOnly(!editable);
    if (!editable)
        m_terms->setPlaceholderText(QString());
    m_save->setVisible(editable);
    m_cancel->setText(editable ? tr("Cancel") : tr("Close"));
}

Offer OfferDialog::fromFields() const
{
    Offer o = m_record;
    o.salary = m_salary->value();
    o.currency = m_currency->currentText().trimmed().toUpper();
    o.period = salaryPeriodFromKey(m_period->currentData().toString()).value_or(SalaryPeriod::Year);
    o.startDate = m_start->date();
    o.expiresOn = m_expires->date();
    o.terms = m_terms->toPlainText();
    o.letterTemplateId = m_template->currentData().toLongLong();
    return o;
}

void OfferDialog::refreshPreview()
{
    m_previewTimer->stop();
    const Offer draft = fromFields();
    if (draft.applicationId <= 0)
        return;
    auto body = OfferLetterTemplates(m_session.db(), m_session.actor()).get(draft.letterTemplateId);
    auto letter = body ? OfferLetter(m_session.db()).render(draft, body->body) : Result<RenderedLetter>(std::unexpected(body.error()));
    if (!letter) {
        m_previewHtml.clear();
        m_preview->setPlainText(letter.error().text());
        m_export->setEnabled(false);
        return;
    }
    m_previewHtml = letter->html;
    m_preview->setHtml(letter->html);
    m_export->setEnabled(true);
    QStringList notes;
    QStringList unknown;
    for (const MergeFieldUse &use : letter->unknownFields)
        unknown << QStringLiteral("{{%1}}").arg(use.name);
    if (!unknown.isEmpty())
        notes << tr("The template uses fields Tandem does not know: %1. Fix them under Letter templates.")
                     .arg(unknown.join(QStringLiteral(", ")));
    QStringList empty;
    for (const QString &name : letter->emptyFields)
        empty << LetterMerge::describe(name).toLower();
    if (!empty.isEmpty())
        notes << tr("Nothing stored yet for: %1. The letter shows a gap there; fill them in on the requisition or "
                    "the candidate.")
                     .arg(empty.join(QStringLiteral(", ")));
    m_previewNote->setText(notes.join(QLatin1Char('\n')));
}

bool OfferDialog::exportPdf(const QString &path)
{
    const Offer draft = fromFields();
    auto body = OfferLetterTemplates(m_session.db(), m_session.actor()).get(draft.letterTemplateId);
    if (!body) {
        m_message->showMessage(body.error().text());
        return false;
    }
    auto letter = OfferLetter(m_session.db()).render(draft, body->body);
    if (!letter) {
        m_message->showMessage(letter.error().text());
        return false;
    }
    if (auto ok = LetterPdf::write(*letter, path); !ok) {
        m_message->showMessage(ok.error().text());
        return false;
    }
    m_message->showMessage(tr("Saved the letter as %1.").arg(QDir::toNativeSeparators(path)), InlineMessage::Kind::Information);
    return true;
}

void OfferDialog::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = tr("Offer letter %1.pdf").arg(m_candidateName).simplified();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export offer letter"), QDir(folder).filePath(name),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void OfferDialog::accept()
{
    const Offer edited = fromFields();
    OfferService offers(m_session.db(), m_session.actor());
    auto saved = m_record.id == 0 ? offers.create(edited) : offers.update(edited);
    if (!saved) {
        m_message->showMessage(saved.error().text());
        if (saved.error().message.contains(tr("salary")))
            m_salary->setFocus();
        else if (saved.error().message.contains(tr("expire")))
            m_expires->setFocus();
        else if (saved.error().message.contains(tr("currency")))
            m_currency->setFocus();
        return;
    }
    m_record = *saved;
    QDialog::accept();
}

} // namespace Tandem::Ui

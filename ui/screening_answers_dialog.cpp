#include "screening_answers_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/requisition_service.h>
#include <core/records/screening_service.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Tandem::Ui {

ScreeningAnswersDialog::ScreeningAnswersDialog(Session &session, qint64 applicationId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_applicationId(applicationId)
{
    setWindowTitle(tr("Screening Answers"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *host = new QWidget(this);
    m_form = new QFormLayout(host);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(host);
    layout->addWidget(scroll, 1);

    m_preview = new InlineMessage(this);
    m_preview->setObjectName(QStringLiteral("screeningConsequence"));
    layout->addWidget(m_preview);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    // Room for the questions without scrolling, up to about twenty lines of them.
    scroll->setMinimumHeight(std::min(host->sizeHint().height() + 4, fontMetrics().lineSpacing() * 20));
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
}

void ScreeningAnswersDialog::load()
{
    auto app = ApplicationService(m_session.db(), m_session.actor()).get(m_applicationId);
    if (!app) {
        m_message->showMessage(app.error().text());
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    auto person = CandidateService(m_session.db(), m_session.actor()).get(app->candidateId);
    auto requisition = RequisitionService(m_session.db(), m_session.actor()).get(app->requisitionId);
    m_heading->setText(tr("%1 for %2").arg(person ? person->displayName() : QString(), requisition ? requisition->title : QString()));
    ScreeningService service(m_session.db(), m_session.actor());
    auto questions = service.questions(app->requisitionId);
    auto stored = service.answersFor(m_applicationId);
    if (!questions || !stored) {
        m_message->showMessage((questions ? stored.error() : questions.error()).text());
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_questions = *questions;
    if (m_questions.isEmpty()) {
        auto *empty = new QLabel(tr("This requisition asks no screening questions yet.\n"
                                    "Add them on the Requisitions page: More › Screening Questions…"),
                                 m_form->parentWidget());
        empty->setObjectName(QStringLiteral("noQuestions"));
        empty->setWordWrap(true);
        m_form->addRow(empty);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    for (const ScreeningQuestion &q : std::as_const(m_questions)) {
        auto *prompt = new QLabel(q.prompt, m_form->parentWidget());
        prompt->setTextFormat(Qt::PlainText);
        prompt->setWordWrap(true);
        QWidget *input = inputFor(q);
        m_inputs.insert(q.id, input);
        m_form->addRow(prompt, input);
    }
    for (const ScreeningAnswer &a : std::as_const(*stored))
        setAnswer(a.questionId, a.answer);
    updatePreview();
}

QWidget *ScreeningAnswersDialog::inputFor(const ScreeningQuestion &q)
{
    QWidget *parent = m_form->parentWidget();
    if (q.kind == ScreeningKind::YesNo || q.kind == ScreeningKind::Choice) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("Not answered"), QString());
        if (q.kind == ScreeningKind::YesNo) {
            combo->addItem(tr("Yes"), QStringLiteral("yes"));
            combo->addItem(tr("No"), QStringLiteral("no"));
        } else {
            for (const QString &choice : q.choices)
                combo->addItem(choice, choice);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ScreeningAnswersDialog::updatePreview);
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    if (q.kind == ScreeningKind::Number) {
        edit->setValidator(new QDoubleValidator(edit));
        edit->setPlaceholderText(tr("A number"));
    }
    connect(edit, &QLineEdit::textChanged, this, &ScreeningAnswersDialog::updatePreview);
    return edit;
}

QHash<qint64, QString> ScreeningAnswersDialog::answers() const
{
    QHash<qint64, QString> result;
    for (const ScreeningQuestion &q : m_questions) {
        QWidget *input = m_inputs.value(q.id);
        if (auto *combo = qobject_cast<QComboBox *>(input)) {
            result.insert(q.id, combo->currentData().toString());
        } else if (auto *edit = qobject_cast<QLineEdit *>(input)) {
            QString text = edit->text().trimmed();
            if (q.kind == ScreeningKind::Number && !text.isEmpty()) {
                // Stored in the C locale, typed in the user's.
                bool ok = false;
                const double value = QLocale().toDouble(text, &ok);
                if (ok)
                    text = QString::number(value, 'g', 12);
            }
            result.insert(q.id, text);
        }
    }
    return result;
}

void ScreeningAnswersDialog::setAnswer(qint64 questionId, const QString &answer)
{
    QWidget *input = m_inputs.value(questionId);
    if (auto *combo = qobject_cast<QComboBox *>(input)) {
        combo->setCurrentIndex(std::max(0, combo->findData(answer)));
    } else if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        bool number = false;
        const double value = answer.toDouble(&number);
        const bool isNumberQuestion = qobject_cast<const QDoubleValidator *>(edit->validator()) != nullptr;
        edit->setText(isNumberQuestion && number ? QLocale().toString(value, 'g', 12) : answer);
    }
}

QString ScreeningAnswersDialog::consequence() const
{
    return m_preview->text();
}

void ScreeningAnswersDialog::updatePreview()
{
    auto outcome = ScreeningService(m_session.db(), m_session.actor()).preview(m_applicationId, answers());
    if (!outcome) {
        m_preview->showMessage(outcome.error().message);
        return;
    }
    QStringList lines;
    if (outcome->applicationRejected)
        lines << tr("This will reject the application: %1").arg(outcome->rejected.join(QStringLiteral("; ")));
    else if (!outcome->rejected.isEmpty())
        lines << tr("Knockout recorded (the application is no longer active): %1").arg(outcome->rejected.join(QStringLiteral("; ")));
    if (!outcome->flagged.isEmpty())
        lines << tr("The card will be flagged: %1").arg(outcome->flagged.join(QStringLiteral("; ")));
    if (lines.isEmpty() && !m_questions.isEmpty())
        lines << tr("No answer knocks out.");
    const bool warn = !outcome->rejected.isEmpty() || !outcome->flagged.isEmpty();
    m_preview->showMessage(lines.join(QLatin1Char('\n')), warn ? InlineMessage::Kind::Warning : InlineMessage::Kind::Information);
    // A longer consequence wraps onto more lines: reserve their height (the message's text
    // is narrower than the dialog by its icon and margins) so none of it is cut off.
    const int textWidth = std::max(100, width() - 12 * fontMetrics().averageCharWidth());
    const QRect wrapped = fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, m_preview->text());
    m_preview->setMinimumHeight(wrapped.height() + fontMetrics().lineSpacing());
}

bool ScreeningAnswersDialog::save()
{
    auto outcome = ScreeningService(m_session.db(), m_session.actor()).recordAnswers(m_applicationId, answers());
    if (!outcome) {
        m_message->showMessage(outcome.error().text());
        return false;
    }
    m_summary = outcome->applicationRejected ? tr("Screening answers saved; the application was rejected.")
                : outcome->flagged.isEmpty() ? tr("Screening answers saved.")
                                             : tr("Screening answers saved; the card is flagged.");
    return true;
}

} // namespace Tandem::Ui

#include "screening_questions_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>

#include <core/records/requisition_service.h>
#include <core/records/screening_service.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

enum KnockoutPage { NoKnockoutPage, YesNoPage, ChoicePage, NumberPage };

std::optional<double> numberOf(const QLineEdit *edit)
{
    bool ok = false;
    const double value = QLocale().toDouble(edit->text().trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

// One line in the list: the prompt, then what knocks out and what it does.
QString summaryOf(const ScreeningQuestion &q)
{
    QString rule;
    if (q.hasKnockout()) {
        const QString action = q.action == KnockoutAction::Reject ? QObject::tr("rejects") : QObject::tr("flags");
        if (q.kind == ScreeningKind::Number) {
            QStringList bounds;
            if (q.minimum)
                bounds << QObject::tr("below %1").arg(numberText(q.minimum));
            if (q.maximum)
                bounds << QObject::tr("above %1").arg(numberText(q.maximum));
            rule = QObject::tr("%1 %2").arg(bounds.join(QObject::tr(" or ")), action);
        } else {
            QStringList shown;
            for (const QString &a : q.knockoutAnswers)
                shown << q.displayAnswer(a);
            rule = QObject::tr("%1 %2").arg(shown.join(QStringLiteral(", ")), action);
        }
    }
    return rule.isEmpty() ? QObject::tr("%1\n%2 · no knockout").arg(q.prompt, label(q.kind))
                          : QObject::tr("%1\n%2 · %3").arg(q.prompt, label(q.kind), rule);
}

} // namespace

ScreeningQuestionsDialog::ScreeningQuestionsDialog(Session &session, qint64 requisitionId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_requisitionId(requisitionId)
{
    auto requisition = RequisitionService(session.db(), session.actor()).get(requisitionId);
    setWindowTitle(requisition ? tr("Screening Questions — %1").arg(requisition->title) : tr("Screening Questions"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("questionList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up = new QPushButton(tr("&Up"), this);
    m_down = new QPushButton(tr("&Down"), this);
    for (QPushButton *b : {add, m_remove, m_up, m_down})
        listButtons->addWidget(b);
    left->addLayout(listButtons);
    body->addLayout(left, 2);

    auto *formHost = new QWidget(this);
    buildForm(formHost);
    body->addWidget(formHost, 3);

    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(add, &QPushButton::clicked, this, &ScreeningQuestionsDialog::newQuestion);
    connect(m_remove, &QPushButton::clicked, this, &ScreeningQuestionsDialog::removeQuestion);
    connect(m_up, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveQuestion(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ScreeningQuestionsDialog::selectQuestion);
    reload();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 28);
}

void ScreeningQuestionsDialog::buildForm(QWidget *host)
{
    auto *form = new QFormLayout(host);
    form->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLineEdit(host);
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    m_prompt->setPlaceholderText(tr("Do you hold a work permit for this country?"));
    m_kind = new QComboBox(host);
    m_kind->setObjectName(QStringLiteral("questionKind"));
    for (ScreeningKind k : {ScreeningKind::YesNo, ScreeningKind::Choice, ScreeningKind::Number, ScreeningKind::Text})
        m_kind->addItem(label(k), int(k));
    m_choices = new QPlainTextEdit(host);
    m_choices->setObjectName(QStringLiteral("questionChoices"));
    m_choices->setPlaceholderText(tr("One choice per line"));
    m_choices->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_choices->setTabChangesFocus(true);

    m_knockout = new QStackedWidget(host);
    m_knockout->addWidget(new QLabel(tr("Text answers never knock out."), m_knockout));
    m_yesNoKnockout = new QComboBox(m_knockout);
    m_yesNoKnockout->setObjectName(QStringLiteral("yesNoKnockout"));
    m_yesNoKnockout->addItem(tr("No knockout"), QString());
    m_yesNoKnockout->addItem(tr("Answering Yes knocks out"), QStringLiteral("yes"));
    m_yesNoKnockout->addItem(tr("Answering No knocks out"), QStringLiteral("no"));
    m_knockout->addWidget(m_yesNoKnockout);
    m_choiceKnockout = new QListWidget(m_knockout);
    m_choiceKnockout->setObjectName(QStringLiteral("choiceKnockout"));
    m_choiceKnockout->setToolTip(tr("Tick the choices that knock an applicant out"));
    m_knockout->addWidget(m_choiceKnockout);
    auto *range = new QWidget(m_knockout);
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    m_minimum = new QLineEdit(range);
    m_minimum->setObjectName(QStringLiteral("knockoutMinimum"));
    m_maximum = new QLineEdit(range);
    m_maximum->setObjectName(QStringLiteral("knockoutMaximum"));
    for (QLineEdit *edit : {m_minimum, m_maximum}) {
        edit->setValidator(new QDoubleValidator(edit));
        edit->setPlaceholderText(tr("none"));
    }
    rangeLayout->addWidget(new QLabel(tr("Below"), range));
    rangeLayout->addWidget(m_minimum);
    rangeLayout->addWidget(new QLabel(tr("or above"), range));
    rangeLayout->addWidget(m_maximum);
    rangeLayout->addWidget(new QLabel(tr("knocks out"), range));
    m_knockout->addWidget(range);

    m_action = new QComboBox(host);
    m_action->setObjectName(QStringLiteral("knockoutAction"));
    m_action->addItem(tr("Flag the card for review"), int(KnockoutAction::Flag));
    m_action->addItem(tr("Reject the application"), int(KnockoutAction::Reject));
    auto *save = new QPushButton(tr("&Save question"), host);
    save->setObjectName(QStringLiteral("saveQuestion"));
    save->setDefault(true);

    form->addRow(tr("&Question:"), m_prompt);
    form->addRow(tr("&Answer:"), m_kind);
    m_choicesLabel = new QLabel(tr("&Choices:"), host);
    m_choicesLabel->setBuddy(m_choices);
    form->addRow(m_choicesLabel, m_choices);
    form->addRow(tr("Knockout:"), m_knockout);
    form->addRow(tr("On knockout:"), m_action);
    form->addRow(QString(), save);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScreeningQuestionsDialog::updateKnockoutInputs);
    connect(m_choices, &QPlainTextEdit::textChanged, this, &ScreeningQuestionsDialog::updateKnockoutInputs);
    connect(save, &QPushButton::clicked, this, &ScreeningQuestionsDialog::saveQuestion);
}

// Shows the knockout input of the chosen kind; the choice list follows the typed choices and
// keeps the ticks of those still there.
void ScreeningQuestionsDialog::updateKnockoutInputs()
{
    const auto kind = ScreeningKind(m_kind->currentData().toInt());
    m_choices->setVisible(kind == ScreeningKind::Choice);
    m_choicesLabel->setVisible(kind == ScreeningKind::Choice);
    m_action->setEnabled(kind != ScreeningKind::Text);
    switch (kind) {
    case ScreeningKind::YesNo: m_knockout->setCurrentIndex(YesNoPage); break;
    case ScreeningKind::Choice: m_knockout->setCurrentIndex(ChoicePage); break;
    case ScreeningKind::Number: m_knockout->setCurrentIndex(NumberPage); break;
    case ScreeningKind::Text: m_knockout->setCurrentIndex(NoKnockoutPage); break;
    }
    QStringList ticked;
    for (int i = 0; i < m_choiceKnockout->count(); ++i)
        if (m_choiceKnockout->item(i)->checkState() == Qt::Checked)
            ticked << m_choiceKnockout->item(i)->text();
    m_choiceKnockout->clear();
    for (const QString &line : m_choices->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.simplified().isEmpty())
            continue;
        auto *item = new QListWidgetItem(line.simplified(), m_choiceKnockout);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(line.simplified()) ? Qt::Checked : Qt::Unchecked);
    }
}

ScreeningQuestion ScreeningQuestionsDialog::formQuestion() const
{
    ScreeningQuestion q;
    q.id = m_editingId;
    q.version = m_editingVersion;
    q.requisitionId = m_requisitionId;
    q.prompt = m_prompt->text();
    q.kind = ScreeningKind(m_kind->currentData().toInt());
    q.action = KnockoutAction(m_action->currentData().toInt());
    q.choices = m_choices->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (q.kind == ScreeningKind::YesNo && !m_yesNoKnockout->currentData().toString().isEmpty())
        q.knockoutAnswers << m_yesNoKnockout->currentData().toString();
    if (q.kind == ScreeningKind::Choice)
        for (int i = 0; i < m_choiceKnockout->count(); ++i)
            if (m_choiceKnockout->item(i)->checkState() == Qt::Checked)
                q.knockoutAnswers << m_choiceKnockout->item(i)->text();
    if (q.kind == ScreeningKind::Number) {
        q.minimum = numberOf(m_minimum);
        q.maximum = numberOf(m_maximum);
    }
    return q;
}

void ScreeningQuestionsDialog::setFormQuestion(const ScreeningQuestion &q)
{
    m_editingId = q.id;
    m_editingVersion = q.version;
    m_prompt->setText(q.prompt);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(q.kind))));
    m_action->setCurrentIndex(std::max(0, m_action->findData(int(q.action))));
    m_choiceKnockout->clear();
    m_choices->setPlainText(q.choices.join(QLatin1Char('\n')));
    for (int i = 0; i < m_choiceKnockout->count(); ++i)
        if (q.knockoutAnswers.contains(m_choiceKnockout->item(i)->text()))
            m_choiceKnockout->item(i)->setCheckState(Qt::Checked);
    m_yesNoKnockout->setCurrentIndex(
        q.kind == ScreeningKind::YesNo && !q.knockoutAnswers.isEmpty() ? std::max(0, m_yesNoKnockout->findData(q.knockoutAnswers.first())) : 0);
    m_minimum->setText(numberText(q.minimum));
    m_maximum->setText(numberText(q.maximum));
    updateKnockoutInputs();
}

void ScreeningQuestionsDialog::reload(qint64 selectId)
{
    auto loaded = ScreeningService(m_session.db(), m_session.actor()).questions(m_requisitionId);
    if (!loaded) {
        m_message->showMessage(loaded.error().text());
        return;
    }
    m_questions = *loaded;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = -1;
    for (const ScreeningQuestion &q : std::as_const(m_questions)) {
        auto *item = new QListWidgetItem(summaryOf(q), m_list);
        item->setToolTip(q.prompt);
        if (q.id == selectId)
            selectRow = m_list->count() - 1;
    }
    if (selectRow >= 0) {
        m_list->setCurrentRow(selectRow);
        selectQuestion(selectRow);
    } else {
        newQuestion();
    }
}

void ScreeningQuestionsDialog::selectQuestion(int row)
{
    if (row < 0 || row >= m_questions.size())
        return;
    if (m_list->currentRow() != row) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    setFormQuestion(m_questions.at(row));
    m_remove->setEnabled(true);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row + 1 < m_questions.size());
}

void ScreeningQuestionsDialog::newQuestion()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    setFormQuestion(ScreeningQuestion{});
    m_remove->setEnabled(false);
    m_up->setEnabled(false);
    m_down->setEnabled(false);
    m_prompt->setFocus();
}

bool ScreeningQuestionsDialog::finish(const Status &status, qint64 selectId)
{
    if (!status) {
        m_message->showMessage(status.error().text());
        if (status.error().code == ErrorCode::Conflict)
            reload(selectId);
        return false;
    }
    m_message->clear();
    reload(selectId);
    emit changed();
    return true;
}

bool ScreeningQuestionsDialog::saveQuestion()
{
    ScreeningService service(m_session.db(), m_session.actor());
    const ScreeningQuestion q = formQuestion();
    auto stored = q.id == 0 ? service.add(q) : service.update(q);
    if (!stored) {
        m_message->showMessage(stored.error().text());
        if (stored.error().code == ErrorCode::Conflict)
            reload(q.id);
        return false;
    }
    return finish({}, stored->id);
}

bool ScreeningQuestionsDialog::removeQuestion()
{
    if (m_editingId == 0)
        return false;
    return finish(ScreeningService(m_session.db(), m_session.actor()).remove(m_editingId, m_editingVersion), 0);
}

bool ScreeningQuestionsDialog::moveQuestion(int delta)
{
    if (m_editingId == 0)
        return false;
    const qint64 id = m_editingId;
    auto moved = ScreeningService(m_session.db(), m_session.actor()).move(id, m_editingVersion, delta);
    return finish(moved ? Status{} : Status(std::unexpected(moved.error())), id);
}

QString ScreeningQuestionsDialog::errorText() const
{
    return m_message->text();
}

} // namespace Tandem::Ui

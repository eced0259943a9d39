#include "scorecard_dialog.h"

#include <core/records/application_service.h>
#include <core/records/candidate_service.h>
#include <core/records/interview_service.h>
#include <core/records/requisition_service.h>
#include <core/records/scorecard_service.h>
#include <core/records/user_directory.h>
#include <ui/inline_message.h>
#include <ui/interview_text.h>
#include <ui/session.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

const QList<Recommendation> recommendations {Recommendation::StrongNo, Recommendation::No,
                                             Recommendation::Yes, Recommendation::StrongYes};

QPushButton *toggle(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setCheckable(true);
    button->setAutoDefault(false);
    button->setFocusPolicy(Qt::StrongFocus);
    // The chosen rating must be visible at a glance, which the styles' pressed look is not.
    button->setStyleSheet(
        QStringLiteral("QPushButton:checked { background-color: palette(highlight); "
                       "color: palette(highlighted-text); border: 1px solid palette(shadow); "
                       "border-radius: 3px; padding: 3px 6px; }"));
    return button;
}

} // namespace

ScorecardDialog::ScorecardDialog(Session &session, qint64 applicationId, qint64 interviewId,
                                 qint64 interviewerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_applicationId(applicationId)
    , m_interviewId(interviewId)
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("Scorecard"));
    buildLayout();
    loadInterviewers(interviewId, interviewerId > 0 ? interviewerId : m_session.actor().userId);
    loadCard();
}

void ScorecardDialog::buildLayout()
{
    m_context = new QLabel(this);
    m_context->setTextFormat(Qt::PlainText);
    m_context->setWordWrap(true);
    QFont bold = m_context->font();
    bold.setBold(true);
    m_context->setFont(bold);
    m_interviewer = new QComboBox(this);
    m_interviewer->setObjectName(QStringLiteral("interviewer"));
    connect(m_interviewer, &QComboBox::activated, this, [this] { loadCard(); });

    m_ratingsBox = new QWidget(this);
    m_ratingsGrid = new QGridLayout(m_ratingsBox);
    m_ratingsGrid->setContentsMargins(0, 0, 0, 0);
    m_ratingsGrid->setColumnStretch(0, 1);

    auto *recommendationRow = new QHBoxLayout;
    recommendationRow->setSpacing(0);
    m_recommendation = new QButtonGroup(this);
    for (Recommendation r : recommendations) {
        QPushButton *button = toggle(label(r), this);
        button->setObjectName(QStringLiteral("recommendation_") + toKey(r));
        m_recommendation->addButton(button, int(r));
        recommendationRow->addWidget(button);
    }
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What you saw: evidence for the ratings, concerns, what to probe next"));

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->addRow(tr("&Interviewer:"), m_interviewer);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveDraft = m_buttons->addButton(tr("Save &draft"), QDialogButtonBox::ActionRole);
    m_saveDraft->setObjectName(QStringLiteral("saveDraft"));
    m_submit = m_buttons->addButton(tr("S&ubmit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setDefault(true);
    connect(m_saveDraft, &QPushButton::clicked, this, &ScorecardDialog::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &ScorecardDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScorecardDialog::reject);

    auto *recommendationLabel = new QLabel(tr("Overall recommendation:"), this);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_context);
    layout->addLayout(top);
    layout->addWidget(m_ratingsBox);
    layout->addSpacing(fontMetrics().lineSpacing() / 2);
    layout->addWidget(recommendationLabel);
    layout->addLayout(recommendationRow);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_buttons);
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 30);
}

void ScorecardDialog::loadInterviewers(qint64 interviewId, qint64 chosen)
{
    QList<std::pair<qint64, QString>> people;
    QString context;
    auto app = ApplicationService(m_session.db(), m_session.actor()).get(m_applicationId);
    if (app) {
        auto candidate = CandidateService(m_session.db(), m_session.actor()).get(app->candidateId);
        auto requisition = RequisitionService(m_session.db(), m_session.actor()).get(app->requisitionId);
        if (candidate && requisition)
            context = tr("%1 for %2").arg(candidate->displayName(), requisition->title);
    }
    if (interviewId > 0) {
        auto details = InterviewService(m_session.db(), m_session.actor()).details(interviewId);
        if (details) {
            context = tr("%1 — %2").arg(details->interview.title, context);
            for (const Participant &p : details->interviewers)
                people.append({p.userId, p.name});
        }
    }
    if (people.isEmpty()) {
        auto users = UserDirectory(m_session.db()).list();
        if (users) {
            for (const User &u : *users)
                people.append({u.id, u.name});
        }
    }
    if (!std::ranges::any_of(people, [chosen](const auto &p) { return p.first == chosen; })) {
        auto user = UserDirectory(m_session.db()).byId(chosen);
        if (user)
            people.prepend({user->id, user->name});
    }
    m_context->setText(context);
    for (const auto &[id, name] : people)
        m_interviewer->addItem(name, id);
    m_interviewer->setCurrentIndex(std::max(0, m_interviewer->findData(chosen)));
}

void ScorecardDialog::loadCard()
{
    m_message->clear();
    ScorecardService service(m_session.db(), m_session.actor());
    auto card = service.cardFor(m_applicationId, m_interviewId, m_interviewer->currentData().toLongLong());
    if (!card) {
        m_message->showMessage(card.error().text());
        return;
    }
    m_card = *card;
    auto app = ApplicationService(m_session.db(), m_session.actor()).get(m_applicationId);
    auto attributes = app ? service.attributes(app->requisitionId)
                          : Result<QList<ScorecardAttribute>>(std::unexpected(app.error()));
    if (!attributes) {
        m_message->showMessage(attributes.error().text());
        return;
    }
    m_attributes = *attributes;
    rebuildRatings();
    for (QAbstractButton *b : m_recommendation->buttons())
        b->setChecked(false);
    m_recommendation->setExclusive(false);
    if (QAbstractButton *b = m_recommendation->button(int(m_card.recommendation)))
        b->setChecked(true);
    m_recommendation->setExclusive(true);
    m_notes->setPlainText(m_card.notes);
    applyReadOnly();
}

void ScorecardDialog::rebuildRatings()
{
    for (QButtonGroup *group : std::as_const(m_ratingGroups))
        group->deleteLater();
    m_ratingGroups.clear();
    while (QLayoutItem *item = m_ratingsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int row = 0; row < m_attributes.size(); ++row) {
        const ScorecardAttribute &attribute = m_attributes.at(row);
        auto *name = new QLabel(attribute.name, m_ratingsBox);
        name->setTextFormat(Qt::PlainText);
        name->setToolTip(attribute.description);
        m_ratingsGrid->addWidget(name, row, 0);
        auto *group = new QButtonGroup(this);
        for (int value = 1; value <= 4; ++value) {
            QPushButton *button = toggle(tr("%1 %2").arg(value).arg(ratingLabel(value)), m_ratingsBox);
            button->setObjectName(QStringLiteral("rating_%1_%2").arg(row).arg(value));
            button->setChecked(m_card.ratings.value(attribute.id) == value);
            group->addButton(button, value);
            m_ratingsGrid->addWidget(button, row, value);
        }
        m_ratingGroups.append(group);
    }
}

void ScorecardDialog::applyReadOnly()
{
    const bool mine = m_card.interviewerId == m_session.actor().userId;
    m_readOnly = m_card.isSubmitted() && !mine;
    const QLocale locale;
    if (m_readOnly) {
        m_message->showMessage(tr("%1 submitted this scorecard on %2; only they can change it.")
                                   .arg(m_card.interviewerName,
                                        locale.toString(m_card.submittedAt.toLocalTime(), dateClockFormat())),
                               InlineMessage::Kind::Information);
    } else if (m_card.isSubmitted()) {
        m_message->showMessage(
            tr("You submitted this scorecard on %1. Changes are submitted again as an amendment.")
                .arg(locale.toString(m_card.submittedAt.toLocalTime(), dateClockFormat())),
            InlineMessage::Kind::Information);
    }
    m_ratingsBox->setEnabled(!m_readOnly);
    for (QAbstractButton *b : m_recommendation->buttons())
        b->setEnabled(!m_readOnly);
    m_notes->setReadOnly(m_readOnly);
    m_saveDraft->setVisible(!m_card.isSubmitted());
    m_submit->setVisible(!m_readOnly);
    m_submit->setText(m_card.isSubmitted() ? tr("S&ubmit changes") : tr("S&ubmit"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_readOnly ? tr("Close") : tr("Cancel"));
}

int ScorecardDialog::rating(int attributeIndex) const
{
    if (attributeIndex < 0 || attributeIndex >= m_ratingGroups.size())
        return 0;
    return std::max(0, m_ratingGroups.at(attributeIndex)->checkedId());
}

void ScorecardDialog::setRating(int attributeIndex, int value)
{
    if (attributeIndex < 0 || attributeIndex >= m_ratingGroups.size())
        return;
    if (QAbstractButton *b = m_ratingGroups.at(attributeIndex)->button(value))
        b->setChecked(true);
}

void ScorecardDialog::setRecommendation(Recommendation recommendation)
{
    if (QAbstractButton *b = m_recommendation->button(int(recommendation)))
        b->setChecked(true);
}

void ScorecardDialog::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

QString ScorecardDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

Scorecard ScorecardDialog::fromFields() const
{
    Scorecard card = m_card;
    card.ratings.clear();
    for (int i = 0; i < m_attributes.size(); ++i) {
        if (const int value = rating(i); value > 0)
            card.ratings.insert(m_attributes.at(i).id, value);
    }
    const int chosen = m_recommendation->checkedId();
    card.recommendation = chosen > 0 ? static_cast<Recommendation>(chosen) : Recommendation::None;
    card.notes = m_notes->toPlainText();
    return card;
}

bool ScorecardDialog::store(bool submitting)
{
    if (m_readOnly)
        return false;
    ScorecardService service(m_session.db(), m_session.actor());
    auto stored = submitting ? service.submit(fromFields()) : service.saveDraft(fromFields());
    if (!stored) {
        m_message->showMessage(stored.error().text());
        return false;
    }
    m_card = *stored;
    accept();
    return true;
}

bool ScorecardDialog::saveDraft()
{
    return store(false);
}

bool ScorecardDialog::submit()
{
    return store(true);
}

} // namespace Tandem::Ui

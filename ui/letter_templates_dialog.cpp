#include "letter_templates_dialog.h"

#include <ui/inline_message.h>
#include <ui/session.h>
#include <ui/template_highlighter.h>

#include <core/documents/letter_merge.h>
#include <core/records/offer_letter_templates.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

constexpr int idRole = Qt::UserRole;

const QString starterBody = QStringLiteral("<p>{{today}}</p>\n<p>Dear {{candidate.first_name}},</p>\n<p></p>\n"
                                           "<p>Kind regards,<br>{{recruiter.name}}</p>");

} // namespace

LetterTemplatesDialog::LetterTemplatesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_validate(new QTimer(this))
    , m_message(new InlineMessage(this))
    , m_problems(new InlineMessage(this))
    , m_list(new QListWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_insert(new QToolButton(this))
{
    setWindowTitle(tr("Offer letter templates"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_list->setObjectName(QStringLiteral("templates"));
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setTabChangesFocus(true);
    m_highlighter = new TemplateHighlighter(m_body->document());
    m_validate->setSingleShot(true);
    m_validate->setInterval(250);
    connect(m_validate, &QTimer::timeout, this, [this] {
        const QStringList found = problems();
        m_problems->showMessage(found.join(QLatin1Char('\n')), InlineMessage::Kind::Warning);
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, &LetterTemplatesDialog::validateSoon);
    connect(m_body, &QPlainTextEdit::modificationChanged, this, &LetterTemplatesDialog::updateButtons);

    // Problems name lines; long lines wrap, so say where the cursor is.
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("cursorPosition"));
    m_position->setForegroundRole(QPalette::PlaceholderText);
    connect(m_body, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = m_body->textCursor();
        m_position->setText(tr("Line %1, column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    });
    m_insert->setObjectName(QStringLiteral("insertField"));
    m_insert->setText(tr("&Insert field"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_insert);
    QString group;
    for (const QString &field : LetterMerge::knownFields()) {
        const QString fieldGroup = field.section(QLatin1Char('.'), 0, 0);
        if (!group.isEmpty() && fieldGroup != group)
            menu->addSeparator();
        group = fieldGroup;
        QAction *action = menu->addAction(tr("%1  {{%2}}").arg(LetterMerge::describe(field), field));
        connect(action, &QAction::triggered, this, [this, field] { insertField(field); });
    }
    m_insert->setMenu(menu);
    buildLayout();
    reload(0);
}

void LetterTemplatesDialog::buildLayout()
{
    auto *newButton = new QPushButton(tr("&New…"), this);
    newButton->setObjectName(QStringLiteral("new"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_makeDefault = new QPushButton(tr("Make de&fault"), this);
    m_makeDefault->setToolTip(tr("New offers use the default template"));
    connect(newButton, &QPushButton::clicked, this, [this] { askNewName(false); });
    connect(m_rename, &QPushButton::clicked, this, [this] { askNewName(true); });
    connect(m_delete, &QPushButton::clicked, this, &LetterTemplatesDialog::askDelete);
    connect(m_makeDefault, &QPushButton::clicked, this, &LetterTemplatesDialog::makeCurrentDefault);
    connect(m_list, &QListWidget::currentRowChanged, this, &LetterTemplatesDialog::showTemplate);

    auto *listButtons = new QGridLayout;
    listButtons->addWidget(newButton, 0, 0);
    listButtons->addWidget(m_rename, 0, 1);
    listButtons->addWidget(m_delete, 1, 0);
    listButtons->addWidget(m_makeDefault, 1, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    connect(m_save, &QPushButton::clicked, this, &LetterTemplatesDialog::saveCurrent);
    auto *hint = new QLabel(tr("HTML with merge fields such as {{candidate.first_name}}; values are filled in as plain text."), this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *tools = new QHBoxLayout;
    tools->addWidget(hint, 1);
    tools->addWidget(m_insert);
    tools->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_body, 1);
    rightLayout->addWidget(m_position, 0, Qt::AlignRight);
    rightLayout->addWidget(m_problems);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterTemplatesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 150, metrics.lineSpacing() * 32);
    splitter->setSizes({metrics.averageCharWidth() * 42, metrics.averageCharWidth() * 105});
}

void LetterTemplatesDialog::reload(qint64 selectId)
{
    auto templates = OfferLetterTemplates(m_session.db(), m_session.actor()).list();
    if (!templates) {
        m_message->showMessage(templates.error().text());
        return;
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = 0;
    for (const OfferLetterTemplate &t : *templates) {
        auto *item = new QListWidgetItem(t.isDefault ? tr("%1 (default)").arg(t.name) : t.name, m_list);
        item->setData(idRole, t.id);
        if (t.isDefault) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (t.id == selectId || (selectId == 0 && t.isDefault))
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row);
    showTemplate(row);
}

void LetterTemplatesDialog::showTemplate(int row)
{
    // Leaving a template with edits saves them first; if that is refused, stay on it.
    if (m_current.id != 0 && m_body->document()->isModified() && !saveCurrent()) {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(idRole).toLongLong() == m_current.id)
                m_list->setCurrentRow(i);
        return;
    }
    m_current = {};
    QListWidgetItem *item = m_list->item(row);
    if (item) {
        auto stored = OfferLetterTemplates(m_session.db(), m_session.actor()).get(item->data(idRole).toLongLong());
        if (!stored)
            m_message->showMessage(stored.error().text());
        else
            m_current = *stored;
    }
    m_loading = true;
    m_body->setPlainText(m_current.body);
    m_body->document()->setModified(false);
    m_loading = false;
    m_body->setEnabled(m_current.id != 0);
    m_validate->start();
    updateButtons();
}

void LetterTemplatesDialog::updateButtons()
{
    const bool any = m_current.id != 0;
    m_save->setEnabled(any && m_body->document()->isModified());
    m_rename->setEnabled(any);
    m_delete->setEnabled(any && m_list->count() > 1);
    m_delete->setToolTip(m_list->count() > 1 ? QString() : tr("The last template cannot be deleted"));
    m_makeDefault->setEnabled(any && !m_current.isDefault);
    m_insert->setEnabled(any);
}

void LetterTemplatesDialog::validateSoon()
{
    if (!m_loading)
        m_validate->start();
}

QStringList LetterTemplatesDialog::problems() const
{
    return LetterMerge::problems(m_body->toPlainText());
}

bool LetterTemplatesDialog::saveCurrent()
{
    if (m_current.id == 0)
        return false;
    OfferLetterTemplate edited = m_current;
    edited.body = m_body->toPlainText();
    auto saved = OfferLetterTemplates(m_session.db(), m_session.actor()).update(edited);
    if (!saved) {
        m_message->showMessage(saved.error().text());
        return false;
    }
    m_current = *saved;
    m_body->document()->setModified(false);
    m_message->clear();
    updateButtons();
    return true;
}

bool LetterTemplatesDialog::createTemplate(const QString &name)
{
    if (m_body->document()->isModified() && !saveCurrent())
        return false;
    auto created = OfferLetterTemplates(m_session.db(), m_session.actor()).create(name, starterBody);
    if (!created) {
        m_message->showMessage(created.error().text());
        return false;
    }
    m_message->clear();
    reload(created->id);
    return true;
}

bool LetterTemplatesDialog::renameCurrent(const QString &name)
{
    if (m_current.id == 0)
        return false;
    OfferLetterTemplate edited = m_current;
    edited.name = name;
    edited.body = m_body->toPlainText(); // rename keeps what is typed, saved together
    auto saved = OfferLetterTemplates(m_session.db(), m_session.actor()).update(edited);
    if (!saved) {
        m_message->showMessage(saved.error().text());
        return false;
    }
    m_current = *saved;
    m_body->document()->setModified(false);
    m_message->clear();
    reload(saved->id);
    return true;
}

bool LetterTemplatesDialog::deleteCurrent()
{
    if (m_current.id == 0)
        return false;
    if (auto ok = OfferLetterTemplates(m_session.db(), m_session.actor()).remove(m_current.id, m_current.version); !ok) {
        m_message->showMessage(ok.error().text());
        return false;
    }
    m_message->clear();
    m_current = {};
    reload(0);
    return true;
}

bool LetterTemplatesDialog::makeCurrentDefault()
{
    if (m_current.id == 0 || (m_body->document()->isModified() && !saveCurrent()))
        return false;
    auto made = OfferLetterTemplates(m_session.db(), m_session.actor()).setDefault(m_current.id, m_current.version);
    if (!made) {
        m_message->showMessage(made.error().text());
        return false;
    }
    reload(made->id);
    return true;
}

bool LetterTemplatesDialog::selectTemplate(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(idRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            return m_current.id == id;
        }
    }
    return false;
}

void LetterTemplatesDialog::insertField(const QString &name)
{
    m_body->insertPlainText(QStringLiteral("{{%1}}").arg(name));
    m_body->setFocus();
}

void LetterTemplatesDialog::askNewName(bool renaming)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, renaming ? tr("Rename template") : tr("New template"), tr("Name:"),
                                               QLineEdit::Normal, renaming ? m_current.name : QString(), &ok);
    if (!ok)
        return;
    if (renaming)
        renameCurrent(name);
    else
        createTemplate(name);
}

void LetterTemplatesDialog::askDelete()
{
    QMessageBox ask(QMessageBox::Question, tr("Delete template"),
                    tr("Delete the template \"%1\"? Offers that used it will use the default template for their letters.")
                        .arg(m_current.name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText);
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() == QMessageBox::Yes)
        deleteCurrent();
}

void LetterTemplatesDialog::done(int result)
{
    if (m_body->document()->isModified() && !saveCurrent())
        return; // stays open with the refusal shown; nothing typed is lost
    QDialog::done(result);
}

} // namespace Tandem::Ui

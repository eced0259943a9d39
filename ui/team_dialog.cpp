#include "team_dialog.h"

#include <core/records/user_directory.h>
#include <ui/inline_message.h>
#include <ui/session.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tandem::Ui {
namespace {

enum Column { Name, Email, Role, Active, ColumnCount };

// The small form behind Add and Edit.
class TeamMemberForm : public QDialog
{
public:
    TeamMemberForm(const User &user, QWidget *parent)
        : QDialog(parent)
        , m_user(user)
    {
        setWindowTitle(user.id == 0 ? TeamDialog::tr("Add person") : TeamDialog::tr("Edit person"));
        m_name = new QLineEdit(user.name, this);
        m_name->setPlaceholderText(TeamDialog::tr("e.g. Ada Lovelace"));
        m_email = new QLineEdit(user.email, this);
        m_email->setPlaceholderText(TeamDialog::tr("Where calendar invitations go"));
        m_role = new QComboBox(this);
        for (const QString &role : UserDirectory::roles())
            m_role->addItem(UserDirectory::roleLabel(role), role);
        m_role->setCurrentIndex(
            std::max(0, m_role->findData(user.role.isEmpty() ? QStringLiteral("interviewer") : user.role)));
        auto *form = new QFormLayout;
        form->addRow(TeamDialog::tr("&Name:"), m_name);
        form->addRow(TeamDialog::tr("&Email:"), m_email);
        form->addRow(TeamDialog::tr("&Role:"), m_role);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
        setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    }

    User user() const
    {
        User u = m_user;
        u.name = m_name->text();
        u.email = m_email->text();
        u.role = m_role->currentData().toString();
        return u;
    }

private:
    User m_user;
    QLineEdit *m_name = nullptr; // owned by this dialog (Qt parent), as are the others
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
};

} // namespace

TeamDialog::TeamDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new InlineMessage(this))
    , m_table(new QTableWidget(this))
    , m_showInactive(new QCheckBox(tr("Show &deactivated people"), this))
{
    setWindowTitle(tr("Team"));
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Role"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Email, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Role, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Active, QHeaderView::ResizeToContents);
    m_showInactive->setChecked(true);
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_toggle = new QPushButton(tr("De&activate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleActive"));
    connect(m_add, &QPushButton::clicked, this, &TeamDialog::addClicked);
    connect(m_edit, &QPushButton::clicked, this, &TeamDialog::editClicked);
    connect(m_toggle, &QPushButton::clicked, this, &TeamDialog::toggleSelectedActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TeamDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &TeamDialog::editClicked);
    connect(m_showInactive, &QCheckBox::toggled, this, &TeamDialog::reload);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_toggle);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addWidget(m_showInactive);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 22);
    reload();
}

void TeamDialog::reload()
{
    const qint64 keep = selectedId();
    auto users = UserDirectory(m_session.db()).list(!m_showInactive->isChecked());
    if (!users) {
        m_message->showMessage(users.error().text());
        return;
    }
    m_users = *users;
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        const QStringList cells {u.name, u.email, UserDirectory::roleLabel(u.role),
                                 u.active ? tr("Active") : tr("Deactivated")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, u.id);
            if (!u.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, c, item);
        }
    }
    if (keep > 0)
        selectUser(keep);
    updateButtons();
}

int TeamDialog::rowCount() const
{
    return m_table->rowCount();
}

void TeamDialog::selectUser(qint64 userId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == userId)
            m_table->selectRow(row);
    }
}

qint64 TeamDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

User TeamDialog::selectedUser() const
{
    const qint64 id = selectedId();
    for (const User &u : m_users) {
        if (u.id == id)
            return u;
    }
    return {};
}

void TeamDialog::updateButtons()
{
    const User u = selectedUser();
    m_edit->setEnabled(u.id > 0);
    // Nobody locks themselves out of their own session's user.
    m_toggle->setEnabled(u.id > 0 && u.id != m_session.actor().userId);
    m_toggle->setText(u.id > 0 && !u.active ? tr("Re&activate") : tr("De&activate"));
}

QString TeamDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool TeamDialog::save(const User &user)
{
    UserDirectory directory(m_session.db());
    auto stored = user.id == 0 ? directory.create(user, m_session.actor())
                               : directory.update(user, m_session.actor());
    if (!stored) {
        m_message->showMessage(stored.error().text());
        return false;
    }
    m_message->clear();
    reload();
    selectUser(stored->id);
    emit changed();
    return true;
}

bool TeamDialog::toggleSelectedActive()
{
    const User u = selectedUser();
    if (u.id == 0 || u.id == m_session.actor().userId)
        return false;
    auto stored = UserDirectory(m_session.db()).setActive(u.id, u.version, !u.active, m_session.actor());
    if (!stored) {
        m_message->showMessage(stored.error().text());
        return false;
    }
    m_message->clear();
    reload();
    selectUser(u.id);
    emit changed();
    return true;
}

void TeamDialog::addClicked()
{
    TeamMemberForm form(User {}, this);
    while (form.exec() == QDialog::Accepted) {
        if (save(form.user()))
            return;
    }
}

void TeamDialog::editClicked()
{
    const User u = selectedUser();
    if (u.id == 0)
        return;
    TeamMemberForm form(u, this);
    while (form.exec() == QDialog::Accepted) {
        if (save(form.user()))
            return;
    }
}

} // namespace Tandem::Ui

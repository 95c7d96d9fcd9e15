#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace PlexAuth {

// One labelled value in a field/value table (the token inspector's account fields, a JWT's claims).
struct Field
{
    QString key; // stable name, e.g. "email" or a claim name
    QString label; // translated, for people
    QString value; // as shown and as copied
};

// Field/value rows: column 0 the label, column 1 the value. View-agnostic.
class FieldListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldListModel)

public:
    enum Column
    {
        LabelColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        CopyTextRole, // the value as it should go to the clipboard
    };

    explicit FieldListModel(QObject *parent = nullptr);

    void setFields(const QList<Field> &fields);
    const QList<Field> &fields() const { return m_fields; }
    // The row whose key is `key`, or -1.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Field> m_fields;
};

} // namespace PlexAuth

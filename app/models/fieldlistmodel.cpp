#include "fieldlistmodel.h"

namespace PlexAuth {

FieldListModel::FieldListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FieldListModel::setFields(const QList<Field> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

int FieldListModel::rowOf(const QString &key) const
{
    for (qsizetype row = 0; row < m_fields.size(); ++row) {
        if (m_fields[row].key == key)
            return int(row);
    }
    return -1;
}

int FieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field &field = m_fields[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == LabelColumn ? field.label : field.value;
    case Qt::AccessibleTextRole:
        return index.column() == LabelColumn
            ? field.label
            : tr("%1: %2", "a field's label and value").arg(field.label, field.value);
    case KeyRole:
        return field.key;
    case CopyTextRole:
        return field.value;
    default:
        return {};
    }
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace PlexAuth

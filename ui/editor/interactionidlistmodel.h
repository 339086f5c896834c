#pragma once

#include "core/validation.h"

#include <QAbstractListModel>
#include <QPalette>
#include <QStringList>

namespace calib {

class CalibrationDocument;

// The interaction ids of the edited calibration as an editable list. Edits go through the
// document (one undo step each); problems of an id (too long, duplicate) show on its row.
class InteractionIdListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit InteractionIdListModel(CalibrationDocument *document, QObject *parent = nullptr);
    ~InteractionIdListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] QList<Violation> problemsAt(int row) const;

    // Splits pasted text into ids: newline, comma, semicolon or whitespace separated; empty
    // pieces are dropped.
    [[nodiscard]] static QStringList splitIds(const QString &text);

    // Appends every id in the text (one undo step); returns how many were added.
    int pasteIds(const QString &text);
    // Appends one id and returns its row.
    int addId(const QString &id);
    void removeIds(QList<int> rows);

    void setPalette(const QPalette &palette);

private:
    void sync();
    void emitAllChanged();

    CalibrationDocument *m_document;
    QStringList m_ids;
    QPalette m_palette;
};

} // namespace calib

#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace calib {

// A typed settings key with its default in one place (the idea of qBittorrent's
// SettingValue<T>): callers never spell a key string or repeat a default.
//
//   inline const SettingValue<QString> kLanguage{u"general/language"_s, QString()};
//   QString lang = kLanguage.get(settings);
template<typename T> class SettingValue
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    [[nodiscard]] const QString &key() const { return m_key; }
    [[nodiscard]] const T &defaultValue() const { return m_default; }

    // The stored value, or the default when the key is missing or does not convert to T.
    [[nodiscard]] T get(const QSettings &settings) const
    {
        const QVariant value = settings.value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }
    void set(QSettings &settings, const T &value) const { settings.setValue(m_key, QVariant::fromValue(value)); }
    void reset(QSettings &settings) const { settings.remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace calib

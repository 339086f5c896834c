#include "services/webhooksecret.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <bit>
#include <limits>

using namespace calib;
using namespace Qt::StringLiterals;
using Encoding = WebhookSecret::Encoding;

namespace {

QByteArray decode(const QString &secret, Encoding encoding)
{
    const QByteArray text = secret.toLatin1();
    if (encoding == Encoding::Hex)
        return QByteArray::fromHex(text);
    const auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

const QRegularExpression &alphabet(Encoding encoding)
{
    static const QRegularExpression hex(u"^[0-9a-f]+$"_s);
    static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]+$"_s);
    return encoding == Encoding::Hex ? hex : base64Url;
}

} // namespace

class TestWebhookSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengthAndAlphabet_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("length");
        QTest::newRow("hex default") << Encoding::Hex << int(WebhookSecret::DefaultBits) << 32 << 64;
        QTest::newRow("base64url default") << Encoding::Base64Url << int(WebhookSecret::DefaultBits) << 32 << 43;
        // Never fewer than 128 bits, whatever is asked.
        for (int bits : {-5, 0, 1, 64, 127, 128}) {
            QTest::addRow("hex %d bits", bits) << Encoding::Hex << bits << 16 << 32;
            QTest::addRow("base64url %d bits", bits) << Encoding::Base64Url << bits << 16 << 22;
        }
        // Rounded up to whole bytes.
        QTest::newRow("hex 129 bits") << Encoding::Hex << 129 << 17 << 34;
        QTest::newRow("base64url 129 bits") << Encoding::Base64Url << 129 << 17 << 23;
        // Never longer than the contract's 256 characters.
        QTest::newRow("hex 1024 bits") << Encoding::Hex << 1024 << 128 << 256;
        QTest::newRow("hex 4096 bits") << Encoding::Hex << 4096 << 128 << 256;
        QTest::newRow("base64url 1536 bits") << Encoding::Base64Url << 1536 << 192 << 256;
        QTest::newRow("base64url huge") << Encoding::Base64Url << std::numeric_limits<int>::max() << 192 << 256;
    }
    void lengthAndAlphabet()
    {
        QFETCH(Encoding, encoding);
        QFETCH(int, bits);
        QFETCH(int, bytes);
        QFETCH(int, length);
        const QString secret = WebhookSecret::generate(encoding, bits);
        QCOMPARE(secret.size(), length);
        QVERIFY2(alphabet(encoding).match(secret).hasMatch(), qPrintable(secret));
        QVERIFY(!secret.contains(u'='));
        QCOMPARE(decode(secret, encoding).size(), bytes);
        QVERIFY(bytes * 8 >= WebhookSecret::MinimumBits);
        // Every generated secret is one the contract and check() accept without a warning.
        QString warning = u"stale"_s;
        QCOMPARE(WebhookSecret::check(secret, &warning), QString());
        QCOMPARE(warning, QString());
    }

    void defaultIsHex256()
    {
        const QString secret = WebhookSecret::generate();
        QCOMPARE(secret.size(), 64);
        QVERIFY(alphabet(Encoding::Hex).match(secret).hasMatch());
    }

    void drawsDifferAndLookRandom_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::newRow("hex") << Encoding::Hex;
        QTest::newRow("base64url") << Encoding::Base64Url;
    }
    void drawsDifferAndLookRandom()
    {
        QFETCH(Encoding, encoding);
        QVERIFY(WebhookSecret::generate(encoding) != WebhookSecret::generate(encoding));

        // 400 draws of 32 bytes: all distinct, every byte position varies (a partly filled
        // buffer would leave constant bytes), and about half of all bits are set.
        constexpr int draws = 400;
        QSet<QString> seen;
        QList<QSet<char>> valuesAt(32);
        qint64 ones = 0;
        for (int i = 0; i < draws; ++i) {
            const QString secret = WebhookSecret::generate(encoding);
            seen.insert(secret);
            const QByteArray raw = decode(secret, encoding);
            QCOMPARE(raw.size(), 32);
            for (qsizetype b = 0; b < raw.size(); ++b) {
                valuesAt[b].insert(raw.at(b));
                ones += std::popcount(quint8(raw.at(b)));
            }
        }
        QCOMPARE(seen.size(), draws);
        for (qsizetype b = 0; b < valuesAt.size(); ++b)
            QVERIFY2(valuesAt.at(b).size() > 100,
                     qPrintable(u"byte %1: %2 values"_s.arg(b).arg(valuesAt.at(b).size())));
        // 102400 bits: mean 51200, standard deviation 160; 2 % is more than 6 deviations.
        const qint64 total = qint64(draws) * 32 * 8;
        QVERIFY2(qAbs(ones - total / 2) < total / 50, qPrintable(QString::number(ones)));
    }

    void checkLimits_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("problem"); // a word of the message, "" when accepted
        QTest::addColumn<bool>("warned");
        QTest::newRow("empty") << QString() << u"at least 8"_s << false;
        QTest::newRow("7 characters") << u"abcdefg"_s << u"at least 8"_s << false;
        QTest::newRow("8 characters") << u"abcdefgh"_s << QString() << true;
        QTest::newRow("15 characters") << QString(15, u'x') << QString() << true;
        QTest::newRow("16 characters") << QString(16, u'x') << QString() << false;
        QTest::newRow("256 characters") << QString(256, u'x') << QString() << false;
        QTest::newRow("257 characters") << QString(257, u'x') << u"at most 256"_s << false;
        QTest::newRow("spaces and punctuation") << u"  pass phrase: ok!  "_s << QString() << false;
        // The contract counts characters (code points), not UTF-16 units: 5 emoji are 5
        // characters even though they are 10 units; 200 are 200 characters.
        const QString emoji = u"\U0001F511"_s; // key, outside the BMP
        QTest::newRow("5 emoji") << emoji.repeated(5) << u"at least 8"_s << false;
        QTest::newRow("8 emoji") << emoji.repeated(8) << QString() << true;
        QTest::newRow("200 emoji") << emoji.repeated(200) << QString() << false;
        QTest::newRow("257 emoji") << emoji.repeated(257) << u"at most 256"_s << false;
        QTest::newRow("umlauts") << u"Größenwahn-Schlüssel"_s << QString() << false;
        // Text that cannot be sent as UTF-8 (the HMAC key would differ from what was typed).
        QTest::newRow("lone high surrogate")
            << QString(QString(20, u'a') + QChar(0xD83D)) << u"not valid text"_s << false;
        QTest::newRow("lone low surrogate")
            << QString(QChar(0xDC00) + QString(20, u'a')) << u"not valid text"_s << false;
    }
    void checkLimits()
    {
        QFETCH(QString, secret);
        QFETCH(QString, problem);
        QFETCH(bool, warned);
        QString warning = u"stale"_s;
        const QString message = WebhookSecret::check(secret, &warning);
        if (problem.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY2(message.contains(problem), qPrintable(message));
            QVERIFY(message.contains(u"webhook secret"_s));
        }
        if (warned) {
            QVERIFY2(warning.contains(u"shorter than 16"_s), qPrintable(warning));
        } else {
            QCOMPARE(warning, QString());
        }
        // Without a warning pointer the answer is the same.
        QCOMPARE(WebhookSecret::check(secret), message);
    }

    void messagesNeverContainTheSecret()
    {
        for (const QString &secret : {u"tiny7ch"_s, QString(300, u's'), u"geheim12"_s}) {
            QString warning;
            const QString message = WebhookSecret::check(secret, &warning);
            QVERIFY(!message.contains(secret));
            QVERIFY(!warning.contains(secret));
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhookSecret)
#include "tst_webhooksecret.moc"

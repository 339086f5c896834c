#include "api/apierror.h"
#include "api/apilog.h"
#include "api/connectionconfig.h"
#include "api/responseparser.h"

#include <QTest>

using namespace calib;
using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now {QDate(2026, 11, 24), QTime(9, 15), Qt::UTC};

    ApiError map(int status, const QByteArray &body, const QByteArray &retryAfter = {}, bool extension = false)
    {
        HttpErrorResponse r;
        r.status = status;
        r.body = body;
        r.retryAfter = retryAfter;
        r.extension = extension;
        return ResponseParser::errorFromResponse(r, m_now);
    }

private Q_SLOTS:
    void validationDetailsBecomeFieldErrors()
    {
        const ApiError e = map(
            400,
            "{\"error\":\"Schema validation failed\",\"code\":\"schema_validation_failed\", "
            "\"details\":[{\"field\":\"alert_triggers[1].threshold\",\"message\":\"Block directives require a minimum "
            "threshold of 0.7\"}, {\"field\":\"polarity_matrix.negative\",\"message\":\"out of range\"}]}");
        QCOMPARE(e.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.message, QStringLiteral("Schema validation failed"));
        QCOMPARE(e.fieldErrors.size(), 2);
        QCOMPARE(e.fieldErrors[0].path, QStringLiteral("alert_triggers[1].threshold"));
        QCOMPARE(e.fieldErrors[0].message, QStringLiteral("Block directives require a minimum threshold of 0.7"));
        QCOMPARE(e.fieldErrors[1].path, QStringLiteral("polarity_matrix.negative"));
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("extension");
        QTest::addColumn<ApiError::Kind>("kind");
        using K = ApiError::Kind;
        QTest::newRow("401") << 401 << false << K::Authentication;
        QTest::newRow("403") << 403 << false << K::Permission;
        QTest::newRow("404 resource") << 404 << false << K::NotFound;
        QTest::newRow("404 extension") << 404 << true << K::NotSupported;
        QTest::newRow("405 extension") << 405 << true << K::NotSupported;
        QTest::newRow("405") << 405 << false << K::NotSupported;
        QTest::newRow("409") << 409 << false << K::Conflict;
        QTest::newRow("422") << 422 << false << K::IdempotencyReuse;
        QTest::newRow("429") << 429 << false << K::RateLimited;
        QTest::newRow("503") << 503 << false << K::Busy;
        QTest::newRow("500") << 500 << false << K::Server;
        QTest::newRow("502") << 502 << false << K::Server;
        QTest::newRow("418") << 418 << false << K::InvalidInput;
        QTest::newRow("302") << 302 << false << K::Protocol;
    }
    void statusMapping()
    {
        QFETCH(int, status);
        QFETCH(bool, extension);
        QFETCH(ApiError::Kind, kind);
        const ApiError e = map(status, "{\"error\":\"x\"}", {}, extension);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        if (kind == ApiError::Kind::NotSupported)
            QCOMPARE(e.message, QStringLiteral("not supported by this tenant"));
    }

    void malformedErrorBodyStillMaps()
    {
        const ApiError e = map(503, "<html>busy</html>", "5");
        QCOMPARE(e.kind, ApiError::Kind::Busy);
        QCOMPARE(e.retryAfterSeconds, std::optional<int>(5));
        QVERIFY(!e.message.isEmpty());
    }

    void busyCarriesJobIdAndRetryAfterDate()
    {
        const ApiError e = map(503, "{\"error\":\"AI engine busy: model reweight in progress\",\"job_id\":\"job_42\"}",
                               "Tue, 24 Nov 2026 09:15:12 GMT");
        QCOMPARE(e.kind, ApiError::Kind::Busy);
        QCOMPARE(e.jobId, QStringLiteral("job_42"));
        QCOMPARE(e.retryAfterSeconds, std::optional<int>(12));
    }

    void missingScope()
    {
        HttpErrorResponse r;
        r.status = 403;
        r.body = "{\"error\":\"insufficient scope\"}";
        r.wwwAuthenticate = "Bearer error=\"insufficient_scope\", scope=\"sentiment:calibrate\"";
        QCOMPARE(ResponseParser::errorFromResponse(r, m_now).missingScope, QStringLiteral("sentiment:calibrate"));
        // Without a hint from the server, the scopes the call needs but the token lacks.
        r.wwwAuthenticate.clear();
        r.missingScopes = {QStringLiteral("audit:read")};
        const ApiError e = ResponseParser::errorFromResponse(r, m_now);
        QCOMPARE(e.kind, ApiError::Kind::Permission);
        QCOMPARE(e.missingScope, QStringLiteral("audit:read"));
    }

    void invalidTokenDetection()
    {
        HttpErrorResponse r;
        r.status = 401;
        r.wwwAuthenticate = "Bearer error=\"invalid_token\", error_description=\"expired\"";
        QVERIFY(ResponseParser::isInvalidToken(r));
        r.wwwAuthenticate.clear();
        r.body = "{\"error\":\"invalid_token\"}";
        QVERIFY(ResponseParser::isInvalidToken(r));
        r.body = "{\"error\":\"invalid_client\"}";
        QVERIFY(!ResponseParser::isInvalidToken(r));
        r.status = 403;
        r.body = "{\"error\":\"invalid_token\"}";
        QVERIFY(!ResponseParser::isInvalidToken(r));
    }

    void oauthErrorOnTokenEndpoint()
    {
        HttpErrorResponse r;
        r.status = 400;
        r.tokenEndpoint = true;
        r.body = "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}";
        const ApiError e = ResponseParser::errorFromResponse(r, m_now);
        QCOMPARE(e.kind, ApiError::Kind::Authentication);
        QCOMPARE(e.message, QStringLiteral("invalid_client: unknown client"));
    }

    void toStringNamesEverything()
    {
        ApiError e = ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("slow down"), 429);
        e.retryAfterSeconds = 30;
        QCOMPARE(e.toString(), QStringLiteral("rate_limited (HTTP 429): slow down; retry after 30 s"));
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abc.def-ghi") << QStringLiteral("abc.def-ghi");
        QTest::newRow("basic") << QStringLiteral("authorization: basic c2FuZGJveDpzZWNyZXQ=")
                               << QStringLiteral("c2FuZGJveDpzZWNyZXQ=");
        QTest::newRow("json token") << QString::fromLatin1("{\"access_token\": \"tok-123\", \"expires_in\": 3600}")
                                    << QStringLiteral("tok-123");
        QTest::newRow("json secret") << QString::fromLatin1("{\"url\":\"https://x\",\"secret\":\"hush\\\"hush\"}")
                                     << QStringLiteral("hush");
        QTest::newRow("form secret") << QStringLiteral("grant_type=client_credentials&client_secret=s3cr%21t&scope=a")
                                     << QStringLiteral("s3cr%21t");
    }
    void redaction()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = redactForLog(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("***")));
    }

    void connectionConfig()
    {
        ConnectionConfig c;
        c.clientId = QStringLiteral("id");
        QCOMPARE(ConnectionConfig::baseUrlForTenant(QStringLiteral("acme")),
                 QUrl(QStringLiteral("https://acme.cognigy.com/api/v1")));
        QVERIFY(!ConnectionConfig::baseUrlForTenant(QStringLiteral("a.b/c")).isValid());
        for (const char *ok : {"https://acme.cognigy.com/api/v1", "http://127.0.0.1:8731/api/v1",
                               "http://127.4.5.6/api/v1", "http://[::1]:80/api/v1", "http://localhost:1/api/v1"}) {
            c.baseUrl = QUrl(QString::fromLatin1(ok));
            QVERIFY2(!c.validate().isError(), ok);
        }
        for (const char *bad : {"http://example.com/api/v1", "http://10.0.0.1/api/v1", "ftp://127.0.0.1/x",
                                "http://localhost.example.com/api/v1", "https://user:pw@acme.cognigy.com/api/v1", ""}) {
            c.baseUrl = QUrl(QString::fromLatin1(bad));
            const ApiError e = c.validate();
            QVERIFY2(e.isError(), bad);
            QCOMPARE(e.kind, ApiError::Kind::InvalidInput);
        }
        c.baseUrl = QUrl(QStringLiteral("http://example.com/api/v1"));
        QVERIFY(c.validate().message.contains(QStringLiteral("loopback")));
        c.baseUrl = QUrl(QStringLiteral("https://acme.cognigy.com/api/v1"));
        c.clientId.clear();
        QVERIFY(c.validate().isError());
    }

    void parsersKeepIdsAsStrings()
    {
        QVERIFY(!ResponseParser::job("{\"job_id\": 12345678901234567890, \"status\":\"queued\"}").ok());
        const auto job
            = ResponseParser::job("{\"job_id\":\"12345678901234567890\",\"status\":\"running\",\"progress\":0.5}");
        QVERIFY(job.ok());
        QCOMPARE(job.value->jobId, QStringLiteral("12345678901234567890"));
        QCOMPARE(job.value->status, Job::Status::Running);
        QVERIFY(
            !ResponseParser::job("{\"job_id\":\"j\",\"status\":\"queued\",\"job_id\":\"k\"}").ok()); // duplicate key
        QVERIFY(!ResponseParser::job("{\"job_id\":\"j\",\"status\":\"queued\"} x").ok()); // trailing garbage
        QVERIFY(!ResponseParser::job("{\"job_id\":\"j\",\"status\":\"exploded\"}").ok());
    }

    void auditPageParsing()
    {
        const auto page
            = ResponseParser::auditPage("{\"items\":[{\"id\":\"ev_1\",\"timestamp\":\"2026-11-24T09:15:00Z\", "
                                        "\"actor\":\"sandbox\",\"action\":\"calibration.applied\",\"calibration_id\":"
                                        "\"cal_1\",\"version\":3,\"job_id\":\"job_1\", "
                                        "\"idempotency_key\":\"k1\",\"status_code\":200,\"changes\":{\"sensitivity_"
                                        "level\":{\"from\":0.5,\"to\":0.6}}}], \"next_cursor\":\"c2\"}");
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.value->auditEvents.size(), 1);
        const AuditEvent &e = page.value->auditEvents.first();
        QCOMPARE(e.version, std::optional<qint64>(3));
        QCOMPARE(e.statusCode, std::optional<int>(200));
        QCOMPARE(e.timestamp, QDateTime(QDate(2026, 11, 24), QTime(9, 15), Qt::UTC));
        QVERIFY(e.changes.contains(QStringLiteral("sensitivity_level")));
        QCOMPARE(page.value->nextCursor, std::optional<QString>(QStringLiteral("c2")));

        const auto last = ResponseParser::auditPage("{\"items\":[],\"next_cursor\":null}");
        QVERIFY(last.ok());
        QVERIFY(!last.value->nextCursor.has_value());
        QVERIFY(!ResponseParser::auditPage("{\"items\":[]}").ok()); // next_cursor is required
        QVERIFY(!ResponseParser::auditPage("{\"items\":[],\"next_cursor\":7}").ok());
        QVERIFY(!ResponseParser::auditPage("{\"items\":[{\"id\":\"e\",\"timestamp\":\"yesterday\",\"actor\":\"a\", "
                                           "\"action\":\"x\"}],\"next_cursor\":null}")
                     .ok());
        QVERIFY(!ResponseParser::auditPage("{\"items\":[{\"id\":\"e\",\"timestamp\":\"2026-11-24T09:15:00Z\",\"actor\":"
                                           "\"a\", \"action\":\"x\",\"version\":1.5}],\"next_cursor\":null}")
                     .ok());
    }

    // The quick look a pager takes at next_cursor before the strict parse.
    void peekNextCursor_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expect"); // 0 unsure, 1 null, 2 cursor
        QTest::addColumn<QString>("cursor");
        QTest::newRow("after items") << QByteArray("{\"items\":[{\"id\":\"a\"}],\"next_cursor\":\"c2\"}") << 2
                                     << u"c2"_s;
        QTest::newRow("before items") << QByteArray("{ \"next_cursor\" : \"c9\", \"items\":[]}") << 2 << u"c9"_s;
        QTest::newRow("null") << QByteArray("{\"items\":[],\"next_cursor\":null}") << 1 << QString();
        QTest::newRow("nested key is not it")
            << QByteArray("{\"items\":[{\"next_cursor\":\"inner\"}],\"next_cursor\":\"outer\"}") << 2 << u"outer"_s;
        QTest::newRow("key text inside a string")
            << QByteArray("{\"items\":[\"\\\"next_cursor\\\":\\\"x\\\"\"],\"next_cursor\":null}") << 1 << QString();
        QTest::newRow("escaped cursor: unsure")
            << QByteArray("{\"items\":[],\"next_cursor\":\"a\\\"b\"}") << 0 << QString();
        QTest::newRow("missing: unsure") << QByteArray("{\"items\":[]}") << 0 << QString();
        QTest::newRow("number: unsure") << QByteArray("{\"items\":[],\"next_cursor\":7}") << 0 << QString();
        QTest::newRow("empty string: unsure") << QByteArray("{\"items\":[],\"next_cursor\":\"\"}") << 0 << QString();
        QTest::newRow("truncated: unsure") << QByteArray("{\"items\":[],\"next_cursor\":\"abc") << 0 << QString();
        QTest::newRow("not json") << QByteArray("<html>") << 0 << QString();
    }
    void peekNextCursor()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expect);
        QFETCH(QString, cursor);
        const auto peeked = ResponseParser::peekNextCursor(body);
        QCOMPARE(int(!peeked ? 0 : !*peeked ? 1 : 2), expect);
        if (expect == 2)
            QCOMPARE(**peeked, cursor);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

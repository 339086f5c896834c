// Calibration PUT/GET, idempotency, rate limit, reweight jobs and persistence of the sandbox.
#include "core/clock.h"
#include "core/wirejson.h"
#include "integration/sandboxhttp.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace calib;
using namespace calib::test;

namespace {
const QString calibrationPath = QStringLiteral("/agentassist/sentiment/calibration");
const QString auditPath = QStringLiteral("/audit/sentiment/calibration");
} // namespace

class TestSandboxCalibration : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    std::unique_ptr<SandboxServer> startServer(SandboxOptions options = {})
    {
        options.seedAlerts = 20;
        options.seedAudit = 0; // a new tenant: no history, version 0 in force
        if (!options.clock)
            options.clock = &m_clock;
        auto server = std::make_unique<SandboxServer>(options);
        if (!server->start())
            qWarning("sandbox did not start");
        return server;
    }

    static QJsonObject newestAudit(SandboxHttp &http, const QString &token)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        return http.get(auditPath, token, query).json().value(QStringLiteral("items")).toArray().at(0).toObject();
    }

private Q_SLOTS:
    void getBeforeAnyPutIsVersionZeroDefault()
    {
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const HttpResult r = http.get(calibrationPath, http.token());
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("calibration_id")).isString());
        QVERIFY(o.value(QStringLiteral("applied_at")).toString().endsWith(QLatin1Char('Z')));
        const auto parsed = calibrationFromJson(o.value(QStringLiteral("calibration")).toObject());
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed.value, Calibration::tenantDefault());
    }

    void putAppliesAndGetReflects()
    {
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        HttpResult r = http.put(token, "key-1", validCalibrationBody(0.72));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Idempotent-Replayed").isEmpty());
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QVERIFY(!o.value(QStringLiteral("job_id")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("calibration_id")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("applied_at")).toString(), m_clock.now().toString(Qt::ISODate));
        QVERIFY(!o.contains(QStringLiteral("calibration"))); // return=minimal is the default
        QCOMPARE(server->version(), 1);
        QCOMPARE(server->calibrationInForce().alertTriggers.at(0).threshold, 0.72);

        const QString jobId = o.value(QStringLiteral("job_id")).toString();
        r = http.get(QStringLiteral("/agentassist/sentiment/calibration/jobs/") + jobId, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

        r = http.get(calibrationPath, token);
        QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("calibration_id")), o.value(QStringLiteral("calibration_id")));

        // The audit trail has the applied event with its diff.
        const QJsonObject event = newestAudit(http, token);
        QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("calibration.applied"));
        QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(event.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(event.value(QStringLiteral("idempotency_key")).toString(), QStringLiteral("key-1"));
        const QJsonObject change = event.value(QStringLiteral("changes"))
                                       .toObject()
                                       .value(QStringLiteral("alert_triggers[0].threshold"))
                                       .toObject();
        QCOMPARE(change.value(QStringLiteral("to")).toDouble(), 0.72);

        // Prefer: return=representation echoes the calibration.
        r = http.put(token, "key-2", validCalibrationBody(0.74), {{"Prefer", "return=representation"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(r.json()
                     .value(QStringLiteral("calibration"))
                     .toObject()
                     .value(QStringLiteral("alert_triggers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("threshold"))
                     .toDouble(),
                 0.74);
    }

    void idempotentReplayAndMismatch()
    {
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        QString token = http.token();
        const HttpResult first = http.put(token, "same-key", validCalibrationBody(0.8));
        QCOMPARE(first.status, 200);
        m_clock.advanceSecs(3600);
        token = http.token();
        // Same JSON value, different key order and whitespace: still the same payload.
        const QByteArray reordered
            = "{ \"sensitivity_level\": 0.5, \"trigger_model_reweight\": false, "
              "\"alert_triggers\": [{\"threshold\": 0.8, \"emotion\": \"anger\", \"directive\": \"notify\"}],"
              "\"polarity_matrix\": {\"positive\": 0.5, \"neutral\": 0.0, \"negative\": -0.5},"
              "\"interaction_ids\": [\"int-1\", \"int-2\"] }";
        const HttpResult replay = http.put(token, "same-key", reordered);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json(), first.json());
        QCOMPARE(server->version(), 1);
        QCOMPARE(server->appliedCountForKey(QStringLiteral("same-key")), 1);

        const HttpResult mismatch = http.put(token, "same-key", validCalibrationBody(0.85));
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(mismatch.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("idempotency key reused with a different payload"));
        QCOMPARE(server->version(), 1);
        QCOMPARE(newestAudit(http, token).value(QStringLiteral("action")).toString(),
                 QStringLiteral("calibration.rejected"));
        QCOMPARE(newestAudit(http, token).value(QStringLiteral("status_code")).toInt(), 422);

        // Remembered 24 h by the clock, then the key is free again.
        m_clock.advanceSecs(24 * 3600 - 3600 - 1);
        token = http.token();
        QCOMPARE(http.put(token, "same-key", validCalibrationBody(0.8)).header("Idempotent-Replayed"),
                 QByteArray("true"));
        m_clock.advanceSecs(2);
        token = http.token();
        const HttpResult fresh = http.put(token, "same-key", validCalibrationBody(0.8));
        QCOMPARE(fresh.status, 200);
        QVERIFY(fresh.header("Idempotent-Replayed").isEmpty());
        QCOMPARE(server->version(), 2);
        QCOMPARE(server->appliedCountForKey(QStringLiteral("same-key")), 2);
    }

    void inFlightIs409()
    {
        SandboxOptions options;
        options.applyDelayMs = 400;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        SandboxHttp second(server->baseUrl());
        const QString token = http.token();

        // Start the first PUT without waiting for it.
        QNetworkAccessManager network;
        QNetworkRequest request(http.url(calibrationPath));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("X-Format-Version", "2.1");
        request.setRawHeader("X-Idempotency-Key", "slow-key");
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = network.put(request, validCalibrationBody());
        QTRY_COMPARE(server->appliedCountForKey(QStringLiteral("slow-key")), 0);
        QTest::qWait(100);

        const HttpResult racing = second.put(token, "slow-key", validCalibrationBody());
        QCOMPARE(racing.status, 409);
        QVERIFY(racing.json().value(QStringLiteral("error")).isString());

        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(server->appliedCountForKey(QStringLiteral("slow-key")), 1);
        const HttpResult replay = second.put(token, "slow-key", validCalibrationBody());
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(server->version(), 1);
    }

    void headerAndBodyErrors_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray valid = validCalibrationBody();
        QTest::newRow("no format version")
            << QByteArray("X-Format-Version") << QByteArray() << valid << 400 << "missing_format_version";
        QTest::newRow("format 2.0") << QByteArray("X-Format-Version") << QByteArray("2.0") << valid << 400
                                    << "unsupported_format_version";
        QTest::newRow("no key") << QByteArray("X-Idempotency-Key") << QByteArray() << valid << 400
                                << "missing_idempotency_key";
        QTest::newRow("key with space") << QByteArray("X-Idempotency-Key") << QByteArray("a b") << valid << 400
                                        << "invalid_idempotency_key";
        QTest::newRow("key too long") << QByteArray("X-Idempotency-Key") << QByteArray(256, 'k') << valid << 400
                                      << "invalid_idempotency_key";
        QTest::newRow("text/plain") << QByteArray("Content-Type") << QByteArray("text/plain") << valid << 415
                                    << "unsupported_media_type";
        QTest::newRow("malformed json") << QByteArray("X-Extra") << QByteArray("1")
                                        << QByteArray("{\"interaction_ids\": [") << 400 << "malformed_json";
        QTest::newRow("duplicate key") << QByteArray("X-Extra") << QByteArray("1")
                                       << QByteArray("{\"sensitivity_level\":0.5,\"sensitivity_level\":0.6}") << 400
                                       << "schema_validation_failed";
        QTest::newRow("too large") << QByteArray("X-Extra") << QByteArray("1") << QByteArray(5000, ' ') + valid << 413
                                   << "payload_too_large";
    }

    void headerAndBodyErrors()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        SandboxOptions options;
        options.maxBodyBytes = 4096;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const HttpResult r = http.put(http.token(), "key", body, {{name, value}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), code);
        QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(server->version(), 0);
        // A rejected request leaves the key free.
        QCOMPARE(http.put(http.token(), "key", validCalibrationBody()).status, 200);
    }

    void validationDetailsUseFieldPaths()
    {
        auto server = startServer();
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const QByteArray body
            = "{\"interaction_ids\":[\"int-1\"],"
              "\"polarity_matrix\":{\"negative\":-0.5,\"neutral\":0.7,\"positive\":0.5},"
              "\"alert_triggers\":[{\"emotion\":\"anger\",\"threshold\":0.8,\"directive\":\"notify\"},"
              "{\"emotion\":\"anger\",\"threshold\":0.6,\"directive\":\"block\"}],"
              "\"sensitivity_level\":0.5}";
        HttpResult r = http.put(token, "v1", body);
        QCOMPARE(r.status, 400);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("Schema validation failed"));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("schema_validation_failed"));
        QStringList fields;
        for (const auto &detail : o.value(QStringLiteral("details")).toArray()) {
            fields.append(detail.toObject().value(QStringLiteral("field")).toString());
            QVERIFY(!detail.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        QVERIFY2(fields.contains(QStringLiteral("polarity_matrix.neutral")), qPrintable(fields.join(u',')));
        QVERIFY2(fields.contains(QStringLiteral("alert_triggers[1].threshold")), qPrintable(fields.join(u',')));

        // Unknown fields and strings for numbers are errors with their paths.
        r = http.put(token, "v2",
                     "{\"interaction_ids\":[\"a\"],\"polarity_matrix\":{\"negative\":-0.5,\"neutral\":0,"
                     "\"positive\":\"0.5\"},\"alert_triggers\":[],\"sensitivity_level\":0.5,\"colour\":1}");
        QCOMPARE(r.status, 400);
        fields.clear();
        for (const auto &detail : r.json().value(QStringLiteral("details")).toArray())
            fields.append(detail.toObject().value(QStringLiteral("field")).toString());
        QVERIFY2(fields.contains(QStringLiteral("colour")), qPrintable(fields.join(u',')));
        QVERIFY2(fields.contains(QStringLiteral("polarity_matrix.positive")), qPrintable(fields.join(u',')));

        const QJsonObject event = newestAudit(http, token);
        QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("calibration.rejected"));
        QCOMPARE(event.value(QStringLiteral("status_code")).toInt(), 400);
        QCOMPARE(server->version(), 0);
    }

    void rateLimitRollingWindow()
    {
        SandboxOptions options;
        options.rateLimit = 10;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(http.put(token, "rl-" + QByteArray::number(i), validCalibrationBody(0.5 + i * 0.01)).status, 200);
            m_clock.advanceSecs(3);
        }
        // 30 s after the first PUT: the 11th is refused until the first leaves the window.
        HttpResult r = http.put(token, "rl-10", validCalibrationBody(0.9));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("30"));
        QVERIFY(r.json().value(QStringLiteral("error")).isString());
        // A replay of an applied key is not rate limited.
        QCOMPARE(http.put(token, "rl-0", validCalibrationBody(0.5)).status, 200);
        m_clock.advanceSecs(29);
        QCOMPARE(http.put(token, "rl-10", validCalibrationBody(0.9)).status, 429);
        m_clock.advanceSecs(1);
        r = http.put(token, "rl-10", validCalibrationBody(0.9));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 11);
        QCOMPARE(http.put(token, "rl-11", validCalibrationBody(0.91)).status, 429);
    }

    void reweightJobProgressAndBusyEngine()
    {
        SandboxOptions options;
        options.reweightSeconds = 10;
        auto server = startServer(options);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        HttpResult r = http.put(token, "rw-1", validCalibrationBody(0.8, true));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        const QString jobId = r.json().value(QStringLiteral("job_id")).toString();
        const QString jobPath = QStringLiteral("/agentassist/sentiment/calibration/jobs/") + jobId;
        QCOMPARE(http.get(jobPath, token).json().value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(newestAudit(http, token).value(QStringLiteral("action")).toString(),
                 QStringLiteral("reweight.started"));

        // Any PUT meanwhile: 503 with Retry-After and the job id.
        r = http.put(token, "rw-2", validCalibrationBody(0.7));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("10"));
        QCOMPARE(r.json().value(QStringLiteral("job_id")).toString(), jobId);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("AI engine busy: model reweight in progress"));

        m_clock.advanceSecs(1);
        QJsonObject job = http.get(jobPath, token).json();
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        const double early = job.value(QStringLiteral("progress")).toDouble();
        m_clock.advanceSecs(5);
        job = http.get(jobPath, token).json();
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        const double later = job.value(QStringLiteral("progress")).toDouble();
        QVERIFY(later > early);
        QVERIFY(later > 0.5 && later < 1.0);
        QCOMPARE(http.put(token, "rw-3", validCalibrationBody(0.7)).header("Retry-After"), QByteArray("4"));

        m_clock.advanceSecs(4);
        job = http.get(jobPath, token).json();
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QStringLiteral("progress")).toDouble(), 1.0);
        QCOMPARE(newestAudit(http, token).value(QStringLiteral("action")).toString(),
                 QStringLiteral("reweight.completed"));
        QCOMPARE(newestAudit(http, token).value(QStringLiteral("job_id")).toString(), jobId);
        QCOMPARE(http.put(token, "rw-2", validCalibrationBody(0.7)).status, 200);
        QCOMPARE(server->version(), 2);

        QCOMPARE(http.get(QStringLiteral("/agentassist/sentiment/calibration/jobs/job_nope"), token).status, 404);
    }

    void stateSurvivesRestart()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.stateFile = dir.filePath(QStringLiteral("tenant.json"));
        QByteArray firstBody;
        qint64 auditCount = 0;
        {
            auto server = startServer(options);
            SandboxHttp http(server->baseUrl());
            const QString token = http.token();
            firstBody = http.put(token, "persist-1", validCalibrationBody(0.77)).body;
            QCOMPARE(http.send("POST", http.url(QStringLiteral("/agentassist/webhooks")),
                               "{\"url\":\"http://127.0.0.1:9/"
                               "hook\",\"events\":[\"agentassist.alert.triggered\"],\"secret\":\"0123456789abcdef\"}",
                               {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}})
                         .status,
                     201);
            auditCount = server->auditEventCount();
            server->stop();
        }
        QVERIFY(QFile::exists(options.stateFile));
        QCOMPARE(QFile::permissions(options.stateFile) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto server = startServer(options);
        QCOMPARE(server->version(), 1);
        QCOMPARE(server->calibrationInForce().alertTriggers.at(0).threshold, 0.77);
        QCOMPARE(server->auditEventCount(), auditCount);
        SandboxHttp http(server->baseUrl());
        const QString token = http.token();
        const HttpResult replay = http.put(token, "persist-1", validCalibrationBody(0.77));
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.body, firstBody);
        QCOMPARE(server->appliedCountForKey(QStringLiteral("persist-1")), 1);
        const QJsonArray hooks
            = http.get(QStringLiteral("/agentassist/webhooks"), token).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(hooks.size(), 1);
        QVERIFY(!hooks.at(0).toObject().contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCalibration)
#include "tst_sandboxcalibration.moc"

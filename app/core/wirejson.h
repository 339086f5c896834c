#pragma once

#include "core/calibration.h"
#include "core/validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace calib {

// A problem found while reading JSON: where (field path or line:column) and why.
struct ParseError
{
    QString path; // "alert_triggers[0].threshold", "" for the document
    QString message; // "expected a number, got a string"
    int line = 0; // 1-based, 0 when unknown
    int column = 0;
    QString file; // the file the JSON came from, when known (loadPresetFile)

    // "FILE: line L, column C (PATH): MESSAGE", leaving out the parts that are unknown.
    [[nodiscard]] QString toString() const;
    friend bool operator==(const ParseError &, const ParseError &) = default;
};

template<typename T> struct ParseResult
{
    std::optional<T> value;
    QList<ParseError> errors;
    [[nodiscard]] bool ok() const { return value.has_value() && errors.isEmpty(); }
};

// Strict JSON document parser: rejects duplicate object keys (with their path),
// NaN/Infinity, trailing garbage and nesting deeper than 64, reporting line:column.
// It checks the bytes without building values, then reads the checked document with
// QJsonDocument (several times faster than building each value itself).
[[nodiscard]] ParseResult<QJsonValue> parseStrictJson(const QByteArray &bytes);
// The same rules, building every value itself: the reference the tests and the fuzz
// target hold parseStrictJson to (same value, same errors).
[[nodiscard]] ParseResult<QJsonValue> parseStrictJsonReference(const QByteArray &bytes);

// "a string", "a number", "null", ... as used in "expected X, got Y" messages.
[[nodiscard]] QString jsonTypeName(const QJsonValue &value);

// Wire payload of the contract (snake_case keys, exact).
[[nodiscard]] QJsonObject toWireJson(const Calibration &calibration);
[[nodiscard]] QByteArray toWireBytes(const Calibration &calibration); // compact, stable key order

// Strict reader: unknown fields, missing fields, wrong types (number as string, boolean as
// 0/1), NaN/Infinity, duplicate keys and arrays over their maximum are errors with paths.
// Range constraints are NOT checked here (that is validate()).
// pathPrefix is put in front of every error path as is (e.g. "calibration.").
[[nodiscard]] ParseResult<Calibration> calibrationFromJson(const QJsonObject &object, const QString &pathPrefix = {});
[[nodiscard]] ParseResult<Calibration> calibrationFromBytes(const QByteArray &bytes);

// The whole contract's validation failure body for a list of violations
// {"error": "Schema validation failed", "code": "schema_validation_failed",
//  "details": [{"field": path, "message": text}, ...]}; warnings are left out.
[[nodiscard]] QJsonObject validationErrorBody(const QList<Violation> &violations);

} // namespace calib

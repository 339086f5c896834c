#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace calib {

// One operation of the contract: a method on a path, as listed under "paths:".
struct ApiOperation
{
    QString method; // upper case: GET, PUT, POST, DELETE, ...
    QString path; // as written, e.g. /agentassist/webhooks/{webhook_id}
    QString operationId;
    QString summary;
    QStringList scopes; // OAuth scopes named in the operation's summary or description
    bool extension = false; // x-extension: true (a tenant may answer 404/405)
    bool authenticated = true; // false for `security: []` (the token endpoint)
    int line = 0; // 0-based line of the method key in the document

    friend bool operator==(const ApiOperation &, const ApiOperation &) = default;
};

// What Help > API Contract lists of an OpenAPI document. Reads the block-style YAML the
// contract is written in (two-space indentation, one key per line) line by line; it is not
// a general YAML parser and ignores everything outside info and paths.
struct ApiContract
{
    QString openapiVersion;
    QString title;
    QString version;
    QList<ApiOperation> operations;

    [[nodiscard]] static ApiContract fromYaml(const QString &text);
};

} // namespace calib

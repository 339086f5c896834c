#include "help/apicontract.h"

#include <QRegularExpression>

namespace calib {

namespace {

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        return value.mid(1, value.size() - 2);
    return value;
}

// Splits "key: value" (value may be empty); false when the line is not a mapping key.
bool splitKey(const QString &trimmed, QString *key, QString *value)
{
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0 || trimmed.startsWith(QLatin1Char('-')) || trimmed.startsWith(QLatin1Char('{')))
        return false;
    if (colon + 1 < trimmed.size() && trimmed.at(colon + 1) != QLatin1Char(' '))
        return false;
    *key = unquoted(trimmed.left(colon));
    *value = trimmed.mid(colon + 1).trimmed();
    return true;
}

bool isBlockScalar(const QString &value)
{
    static const QRegularExpression block(QStringLiteral("^[|>][-+]?$"));
    return block.match(value).hasMatch();
}

QStringList scopesIn(const QString &text)
{
    // OAuth scopes look like "audit:read"; a URL's "http://" does not match.
    static const QRegularExpression scope(QStringLiteral("(?<![\\w/:.-])([a-z]+:[a-z_]+)(?![\\w/:])"));
    QStringList scopes;
    for (auto it = scope.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(1);
        if (!scopes.contains(found))
            scopes.append(found);
    }
    return scopes;
}

const QStringList &httpMethods()
{
    static const QStringList methods {QStringLiteral("get"),     QStringLiteral("put"),   QStringLiteral("post"),
                                      QStringLiteral("delete"),  QStringLiteral("patch"), QStringLiteral("head"),
                                      QStringLiteral("options"), QStringLiteral("trace")};
    return methods;
}

} // namespace

ApiContract ApiContract::fromYaml(const QString &text)
{
    ApiContract contract;
    enum class Section { Other, Info, Paths } section = Section::Other;
    QString path;
    qsizetype current = -1; // index of the operation being read
    QString operationText; // summary and description of the current operation
    int blockIndent = -1; // key indentation while inside a block scalar (| or >)
    bool blockIsSummary = false;

    const auto finishOperation = [&] {
        if (current >= 0) {
            ApiOperation &operation = contract.operations[current];
            operation.summary = operation.summary.simplified();
            operation.scopes = scopesIn(operationText);
        }
        current = -1;
        operationText.clear();
    };

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        const int indent = indentOf(line);
        if (blockIndent >= 0) {
            if (trimmed.isEmpty() || indent > blockIndent) {
                if (current >= 0) {
                    operationText += QLatin1Char(' ') % trimmed;
                    if (blockIsSummary)
                        contract.operations[current].summary += QLatin1Char(' ') % trimmed;
                }
                continue;
            }
            blockIndent = -1;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        QString key, value;
        if (!splitKey(trimmed, &key, &value))
            continue;

        if (indent == 0) {
            finishOperation();
            section = key == QLatin1String("info") ? Section::Info
                : key == QLatin1String("paths")    ? Section::Paths
                                                   : Section::Other;
            if (key == QLatin1String("openapi"))
                contract.openapiVersion = unquoted(value);
            continue;
        }
        const bool block = isBlockScalar(value);
        if (block) {
            blockIndent = indent;
            blockIsSummary = false;
        }

        if (section == Section::Info && indent == 2) {
            if (key == QLatin1String("title"))
                contract.title = unquoted(value);
            else if (key == QLatin1String("version"))
                contract.version = unquoted(value);
        } else if (section == Section::Paths) {
            if (indent == 2) {
                finishOperation();
                path = key;
            } else if (indent == 4 && !path.isEmpty()) {
                finishOperation();
                if (httpMethods().contains(key)) {
                    ApiOperation operation;
                    operation.method = key.toUpper();
                    operation.path = path;
                    operation.line = i;
                    contract.operations.append(operation);
                    current = contract.operations.size() - 1;
                }
            } else if (indent == 6 && current >= 0) {
                ApiOperation &operation = contract.operations[current];
                const QString plain = block ? QString() : unquoted(value);
                if (key == QLatin1String("operationId")) {
                    operation.operationId = plain;
                } else if (key == QLatin1String("summary")) {
                    operation.summary = plain;
                    operationText += QLatin1Char(' ') % plain;
                    blockIsSummary = block;
                } else if (key == QLatin1String("description")) {
                    operationText += QLatin1Char(' ') % plain;
                } else if (key == QLatin1String("x-extension")) {
                    operation.extension = value == QLatin1String("true");
                } else if (key == QLatin1String("security")) {
                    operation.authenticated = value != QLatin1String("[]");
                }
            }
        }
    }
    finishOperation();
    return contract;
}

} // namespace calib

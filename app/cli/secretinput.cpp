#include "cli/secretinput.h"

#include <QByteArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace calib::cli {

QString readSecretFromStdin(const QString &prompt)
{
    QByteArray bytes;
    if (isatty(STDIN_FILENO)) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        termios saved {};
        const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerm) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            silent.c_lflag |= tcflag_t(ECHONL);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n')
            bytes.append(char(c));
        if (haveTerm)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    } else {
        char buffer[4096];
        size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0 && bytes.size() < 64 * 1024)
            bytes.append(buffer, qsizetype(n));
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
    }
    const QString secret = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return secret;
}

} // namespace calib::cli

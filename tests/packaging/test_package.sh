#!/usr/bin/env bash
# Usage: test_package.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
work="$(mktemp -d -t calib-pkg.XXXXXX)"
sandbox_pid=""
cleanup() {
    # Only ever the sandbox this script started (never "kill 0": that is the process group).
    if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/out/*.deb | head -n1)"
[ -f "$deb" ] || fail "no .deb produced"
echo "package: $(basename "$deb")"

# Control fields.
control="$(dpkg-deb -f "$deb")"
echo "$control"
[ "$(dpkg-deb -f "$deb" Package)" = calibration-workbench ] || fail "Package field"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version field is not $version"
depends="$(dpkg-deb -f "$deb" Depends)"
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6charts6 \
    libqt6httpserver6 libqt6keychain1 qt6-qpa-plugins; do
    grep -Eq "(^|[ ,])$dep([ ,(]|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
if grep -Eq -- '-dev([ ,(]|$)' <<<"$depends"; then fail "Depends names a -dev package: $depends"; fi

# File list.
files="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for f in ./usr/bin/calibration-workbench ./usr/bin/calibctl ./usr/bin/calibration-sandbox \
    ./usr/share/applications/com.example.CalibrationWorkbench.desktop \
    ./usr/share/metainfo/com.example.CalibrationWorkbench.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/calibration-workbench.svg \
    ./usr/share/icons/hicolor/48x48/apps/calibration-workbench.png \
    ./usr/share/man/man1/calibctl.1 ./usr/share/man/man1/calibration-sandbox.1 \
    ./usr/share/calibration-workbench/translations/calibration-workbench_de.qm \
    ./usr/share/calibration-workbench/schema/calibration-preset.schema.json; do
    grep -qxF "$f" <<<"$files" || fail "package lacks $f"
done
grep -q '^\./usr/share/calibration-workbench/presets/.*\.json$' <<<"$files" || fail "package lacks sample presets"
if grep -q "$build" <<<"$files"; then fail "package contains build-tree paths"; fi

# Install into a temporary root and run from there.
root="$work/root"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/com.example.CalibrationWorkbench.desktop" || fail "desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/com.example.CalibrationWorkbench.metainfo.xml" || fail "metainfo"
grep -q "release version=\"$version\"" "$root/usr/share/metainfo/com.example.CalibrationWorkbench.metainfo.xml" \
    || fail "metainfo release entry is not $version"

out="$("$root/usr/bin/calibctl" --version)"
grep -q "$version" <<<"$out" || fail "calibctl --version printed '$out'"

"$root/usr/bin/calibration-sandbox" --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 100); do
    grep -q '^listening on http://127.0.0.1:[0-9]*/api/v1$' "$work/sandbox.out" && break
    sleep 0.1
done
grep -q '^listening on http://127.0.0.1:[0-9]*/api/v1$' "$work/sandbox.out" || { cat "$work/sandbox.err"; fail "sandbox did not print its listening line"; }
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=

shot="$work/shot.png"
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="workbench.main.info=true" HOME="$work/home" \
    XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    "$root/usr/bin/calibration-workbench" --sandbox --lang de --screenshot "$shot" \
    >"$work/wb.out" 2>&1 || { cat "$work/wb.out"; fail "workbench --screenshot"; }
# The installed workbench finds its translations under the install prefix, not the build tree.
grep -q "translation loaded: .*$root/usr/bin/../share/calibration-workbench/translations/calibration-workbench_de.qm" \
    "$work/wb.out" || { cat "$work/wb.out"; fail "the installed workbench did not load its German translation"; }
[ -s "$shot" ] || fail "no screenshot written"
file "$shot" | grep -q 'PNG image' || fail "screenshot is not a PNG"

# The session's network, storage and keychain code is a module loaded after the first
# frame: the executable itself must not pull those libraries into a cold start.
[ -f "$root/usr/lib/calibration-workbench/calibration-workbench-backend.so" ] || fail "the backend module is not installed"
needed=$(objdump -p "$root/usr/bin/calibration-workbench" | awk '$1 == "NEEDED" {print $2}')
for lib in libQt6Network libQt6Sql libqt6keychain libQt6HttpServer libQt6Charts; do
    if printf '%s\n' "$needed" | grep -q "^$lib\.so"; then
        printf '%s\n' "$needed"
        fail "the workbench executable links $lib, which a cold start does not need"
    fi
done

# The chart panels come from a module under the install prefix, loaded when their tab opens.
[ -f "$root/usr/lib/calibration-workbench/calibration-workbench-charts.so" ] || fail "the chart panels' module is not installed"
QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    "$root/usr/bin/calibration-workbench" --sandbox --tab review --screenshot "$work/review.png" \
    >"$work/review.out" 2>&1 || { cat "$work/review.out"; fail "workbench --tab review --screenshot"; }
if grep -q "chart panels not available" "$work/review.out"; then
    cat "$work/review.out"
    fail "the installed workbench did not load its chart panels"
fi
echo "packaging: all checks passed"

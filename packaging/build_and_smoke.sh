#!/usr/bin/env bash
# Build the frozen PrivacyDesk with PyInstaller and start it, as the Windows release does
# before it makes the installer (qutebrowser's release script starts the built program the
# same way). For CI on Linux; run from anywhere in a clone:
#
#     bash packaging/build_and_smoke.sh
#
# It builds packaging/privacydesk.spec into a temporary folder, then, on Qt's offscreen
# platform and a throw-away demo register:
#   1. PrivacyDesk --db <tmp>/smoke.sqlite --demo --selftest   must print the summary line;
#   2. PrivacyDesk --db <tmp>/smoke.sqlite cases --format csv  must list the demo dossiers;
#   3. PrivacyDesk --db <tmp>/smoke.sqlite letter REF acknowledgement --out <tmp>/letter.pdf
#                                                              must write a PDF;
#   4. PrivacyDesk --db <tmp>/smoke.sqlite export --xlsx …, report --year … --out …
#                                                              must write the workbook and the
#                                                              yearly report;
#   5. PrivacyDesk --bundle-check <tmp>/samples                must validate a signed PDF and
#                                                              read an Outlook message (what the
#                                                              window loads only when used);
#   6. PrivacyDesk --db <tmp>/gui.sqlite --demo                must start and keep running;
#   7. privacydesk-cli, the console twin: --version and the --bundle-check must answer.
# Any failure exits non-zero with one sentence on stderr. Nothing outside the temporary
# folder is written: not the user's register, not the user's log folder.
#
# Needs uv (`pip install uv`); the `build` dependency group brings PyInstaller.
# PRIVACYDESK_KEEP_BUILD=1 keeps the temporary folder (and says where it is).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
    echo "build_and_smoke: $*" >&2
    exit 1
}

if command -v uv >/dev/null 2>&1; then
    uv=(uv)
elif python3 -m uv --version >/dev/null 2>&1; then
    uv=(python3 -m uv)
else
    fail "uv is not installed (pip install uv)."
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/privacydesk-build.XXXXXX")"
gui_pid=""
cleanup() {
    if [ -n "$gui_pid" ]; then
        kill "$gui_pid" 2>/dev/null || true
    fi
    if [ -n "${PRIVACYDESK_KEEP_BUILD:-}" ]; then
        echo "build_and_smoke: build kept in $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

started=$(date +%s)
"${uv[@]}" run --group build pyinstaller --noconfirm --clean --log-level WARN \
    packaging/privacydesk.spec --distpath "$work/dist" --workpath "$work/build" \
    || fail "PyInstaller could not build packaging/privacydesk.spec (see above)."
built=$(date +%s)

app="$work/dist/PrivacyDesk/PrivacyDesk"
cli="$work/dist/PrivacyDesk/privacydesk-cli"
[ -x "$app" ] || fail "the build produced no $app."
[ -x "$cli" ] || fail "the build produced no $cli."

# Samples for --bundle-check, made by the test suite's builders (a signed PDF, a .msg).
"${uv[@]}" run python packaging/smoke_samples.py "$work/samples" \
    || fail "packaging/smoke_samples.py could not write the samples."

# The frozen program on its own: headless, a register and logs of its own, no database URL
# from the environment, started from a folder that is not the checkout.
export QT_QPA_PLATFORM=offscreen
export PRIVACYDESK_DATA_DIR="$work/data"
unset PRIVACYDESK_DATABASE_URL
register="$work/smoke.sqlite"
cd "$work"

status=0
summary="$("$app" --db "$register" --demo --selftest)" || status=$?
echo "$summary"
[ "$status" -eq 0 ] || fail "the frozen --selftest exited with status $status."
summary_re='^PrivacyDesk [^ ]+ selftest ok: register .+, [0-9]+ dossiers, schema [^ ]+$'
grep -Eq "$summary_re" <<<"$summary" \
    || fail "the frozen --selftest did not print its summary line."

status=0
csv="$("$app" --db "$register" cases --format csv)" || status=$?
[ "$status" -eq 0 ] || fail "the frozen 'cases --format csv' exited with status $status."
header="kenmerk,aanvrager,rechten,ontvangen,uiterste datum,status"
[ "$(head -n 1 <<<"$csv")" = "$header" ] \
    || fail "the frozen 'cases --format csv' did not start with its header line."
rows=$(($(wc -l <<<"$csv") - 1))
[ "$rows" -ge 1 ] || fail "the frozen 'cases --format csv' listed no dossiers of the demo register."
head -n 3 <<<"$csv"
echo "... $rows dossiers in CSV"

# A shared register's URL reaches the PostgreSQL driver in the bundle (nobody listens on
# port 1: the driver must say so, not "No module named psycopg"), and never becomes a file.
status=0
pg_err="$("$app" --db "postgresql://smoke@127.0.0.1:1/privacydesk" cases 2>&1 >/dev/null)" \
    || status=$?
[ "$status" -eq 2 ] || fail "the frozen program did not refuse an unreachable server (status $status)."
grep -q "niet bereikbaar" <<<"$pg_err" \
    || fail "the frozen program did not reach its PostgreSQL driver: $pg_err"
[ ! -e "$work/postgresql:" ] || fail "the frozen program made a file of a server URL."
echo "server URL: $pg_err"

# A letter: reportlab, the templates and fonts from the bundle's resources folder. The demo
# register always has newly received cases; an acknowledgement fits those.
ref="$(awk -F, 'NR > 1 && $NF == "received" { print $1; exit }' <<<"$csv")"
if [ -n "$ref" ]; then
    status=0
    "$app" --db "$register" letter "$ref" acknowledgement --lang fr --out "$work/letter.pdf" \
        || status=$?
    [ "$status" -eq 0 ] || fail "the frozen 'letter $ref acknowledgement' exited with status $status."
    [ "$(head -c 5 "$work/letter.pdf")" = "%PDF-" ] \
        || fail "the frozen 'letter' command did not write a PDF."
else
    echo "build_and_smoke: no newly received case in the demo register; letter not tried."
fi

# The Excel export (openpyxl) and the yearly report (reportlab's tables and charts).
status=0
"$app" --db "$register" export --xlsx "$work/register.xlsx" >/dev/null || status=$?
[ "$status" -eq 0 ] || fail "the frozen 'export --xlsx' exited with status $status."
[ "$(head -c 2 "$work/register.xlsx")" = "PK" ] || fail "the frozen 'export --xlsx' wrote no workbook."
status=0
"$app" --db "$register" report --year "$(date +%Y)" --out "$work/report.pdf" >/dev/null || status=$?
[ "$status" -eq 0 ] || fail "the frozen 'report' exited with status $status."
[ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "the frozen 'report' did not write a PDF."
echo "Excel export and yearly report written."

# What the window loads only when the officer uses it: signature validation (pyHanko, without
# its network clients: packaging/rthooks/no_network_clients.py) and Outlook messages.
"$app" --bundle-check "$work/samples" || fail "the frozen --bundle-check failed (see above)."

# The program as the officer starts it (no --selftest): the window, the single-instance
# guard, the logging, the reminders. It must still be running after a few seconds and have
# logged no error; then it is stopped.
"$app" --db "$work/gui.sqlite" --demo >"$work/gui.out" 2>&1 &
gui_pid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
    sleep 0.5
    if ! kill -0 "$gui_pid" 2>/dev/null; then
        status=0
        wait "$gui_pid" || status=$?
        gui_pid=""
        cat "$work/gui.out" >&2
        fail "the frozen program stopped at start-up (status $status) instead of showing its window."
    fi
done
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
if grep -q "Traceback" "$work/gui.out" || grep -qs -e " ERROR " -e " CRITICAL " "$work/data/logs/"*.log; then
    cat "$work/gui.out" >&2
    cat "$work/data/logs/"*.log >&2 2>/dev/null || true
    fail "the frozen program logged an error at start-up."
fi
echo "The program started on a demo register and kept running; stopped after 5 s."

status=0
version="$("$cli" --version)" || status=$?
[ "$status" -eq 0 ] || fail "the console twin privacydesk-cli --version exited with status $status."
echo "$version"
"$cli" --bundle-check "$work/samples" >/dev/null \
    || fail "the console twin's --bundle-check failed (see above)."

finished=$(date +%s)
size="$(du -sh "$work/dist/PrivacyDesk" | cut -f1)"
echo "build_and_smoke: ok (build $((built - started)) s, smoke test $((finished - built)) s," \
    "bundle $size)"

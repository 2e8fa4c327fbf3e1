# shellcheck shell=bash
# Sourced by the CI scripts that run the packaged service: its log must be quiet. An operator reads every warning as
# something to act on, so a start, the requests and a stop that went as they should leave none: no WARN, ERROR or FATAL
# line of the application's log, no warning or error of the JVM's own (unified logging, e.g. the AOT cache's), no stack
# trace.

# The lines a quiet log never holds.
LOUD_LINES='^[0-9-]+ [0-9:,]+ +(WARN|ERROR|FATAL) |^\[[^]]*\]\[(warning|error) *\]|^[[:space:]]+at [a-zA-Z]|^Caused by: |Exception in thread|LogManager accessed before'

# assert_quiet_log LOG WHAT: fails the calling script, showing them, when LOG holds such lines. WHAT names the run.
assert_quiet_log() {
    if grep -n -E "$LOUD_LINES" "$1"; then
        echo "${NAME:-ci}: the log of $2 has the warnings or errors above"
        exit 1
    fi
}

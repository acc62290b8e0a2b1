#pragma once
#include <QString>

namespace gtzan {

// The checks that keep an archive's entries inside the folder they are unpacked into. Pure string
// work (no file system), so the fuzzer can drive them.

// An entry's name as a clean relative path ("genres/jazz/jazz.00001.wav"), or empty with
// `reason` set when it must not be written: absolute ("/etc/passwd", "C:\..."), a ".." component,
// a NUL or control character, a backslash (a Windows separator that would hide a ".."), longer
// than 1024 characters or 32 components. "./" and repeated slashes are dropped.
QString safeEntryPath(const QString &entryName, QString *reason);

// Whether a symbolic link at `entryPath` (a safeEntryPath) pointing to `target` resolves inside
// the folder; `reason` says why not (absolute target, or ".." climbing above the folder).
bool linkStaysInside(const QString &entryPath, const QString &target, QString *reason);

} // namespace gtzan

"""Temporary files that a killed writer leaves behind can be told apart and removed.

Shared by the index build and geomap's outputs (both write atomically: a temporary file
next to the target, then a rename). Names carry the host and the writer's PID, so the next
writer in a folder removes exactly the leftovers of writers that are gone.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import stat
import tempfile
from pathlib import Path

__all__ = ["remove_stale_temps", "temp_file"]


def temp_file(target: Path) -> tuple[int, str]:
    """Create ``.NAME.geomap-HOST-PID-RANDOM.tmp`` next to ``target``: ``(fd, path)``.

    The host token and PID let a later write tell a dead writer's leftover from a file
    another run is still writing (see :func:`remove_stale_temps`).
    """
    prefix = f".{target.name}.geomap-{_HOST}-{os.getpid()}-"
    return tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove geomap temporary files in ``folder`` whose writer is gone; return them.

    Only names made by :func:`temp_file` count, only regular files owned by this user,
    only with this host's token (a PID means nothing on another host or in another PID
    namespace with its own hostname), and only when ``os.kill(pid, 0)`` says no such
    process. A live or foreign writer's file, and every other file, is left alone.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TEMP_NAME.match(entry.name)
        if m is None or m["host"] != _HOST or _alive(int(m["pid"])):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid():
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


# Eight hex digits of the host name: temp names stay short and carry no host name.
_HOST = hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
_TEMP_NAME = re.compile(r"\A\..+\.geomap-(?P<host>[0-9a-f]{8})-(?P<pid>[0-9]+)-[a-z0-9_]+\.tmp\Z")


def _alive(pid: int) -> bool:
    """Whether process ``pid`` exists (a process of another user counts as alive)."""
    if pid <= 0:
        return True  # not a PID geomap writes; leave the file alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True

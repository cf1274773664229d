"""An extract uploaded through the admin page: unpacked safely into a fresh folder, then loaded
by `app.load` (all or nothing), as `safeguarding load` does.

A zip's names are the uploader's: one naming a place outside the folder (absolute, `..`, a
drive, a backslash) or a link is refused before anything is written, and so is a zip that
would unpack to more than UNPACKED_LIMIT bytes or MEMBERS_LIMIT files (a zip bomb). Messages
never repeat a name from the upload: a file name can hold a child's name.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO

UPLOAD_LIMIT = 200 * 2**20  # bytes of a request to the upload page
UNPACKED_LIMIT = 2 * 2**30  # bytes the files may unpack to
MEMBERS_LIMIT = 500
TOO_BIG = "the zip unpacks to more than {:,} MB"


class UploadError(Exception):
    """An upload refused before loading (its message is for the user, and names no file)."""


def _safe_parts(name: str) -> tuple[str, ...] | None:
    """The path parts of a name inside the folder, or None for one that would leave it."""
    if not name or "\\" in name or name.startswith("/") or "\x00" in name:
        return None
    parts = tuple(p for p in PurePosixPath(name).parts if p not in ("", "."))
    if not parts or any(p == ".." or ":" in p for p in parts):
        return None
    return parts


def _is_link(member: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(member.external_attr >> 16)


def unpack_zip(zip_file: Path | BinaryIO, into: Path) -> None:
    """The zip's files written under `into` (an empty folder), or UploadError with every problem."""
    try:
        archive = zipfile.ZipFile(zip_file)
    except (zipfile.BadZipFile, OSError):
        raise UploadError("the upload is not a zip file") from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        problems = []
        unsafe = sum(1 for m in archive.infolist() if _safe_parts(m.filename) is None)
        if unsafe:
            problems.append(f"the zip names {unsafe} file{'s' if unsafe != 1 else ''} outside its "
                            "folder (an absolute path, `..`, a drive or a backslash)")
        links = sum(map(_is_link, members))
        if links:
            problems.append(f"the zip holds {links} link{'s' if links != 1 else ''}")
        if len(members) > MEMBERS_LIMIT:
            problems.append(f"the zip holds {len(members):,} files (at most {MEMBERS_LIMIT})")
        if sum(m.file_size for m in members) > UNPACKED_LIMIT:
            problems.append(TOO_BIG.format(UNPACKED_LIMIT // 2**20))
        if not members:
            problems.append("the zip holds no files")
        if problems:
            raise UploadError("; ".join(problems))
        written = 0
        for m in members:
            target = into.joinpath(*_safe_parts(m.filename))  # type: ignore[misc]
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(m) as src, open(target, "xb") as dst:
                # A member's declared size can lie: count what is written.
                while chunk := src.read(2**20):
                    written += len(chunk)
                    if written > UNPACKED_LIMIT:
                        raise UploadError(TOO_BIG.format(UNPACKED_LIMIT // 2**20))
                    dst.write(chunk)


def save_files(files: list[tuple[str, BinaryIO]], into: Path) -> None:
    """Several files of one extract folder (name, file object), each saved under its own name,
    which must be a plain file name (no folder)."""
    bad = sum(1 for name, _ in files if len(_safe_parts(name) or ()) != 1)
    if bad:
        raise UploadError(f"{bad} file name{'s' if bad != 1 else ''} are not plain file names")
    if len(files) > MEMBERS_LIMIT:
        raise UploadError(f"{len(files):,} files (at most {MEMBERS_LIMIT})")
    names = [name for name, _ in files]
    if len(set(names)) != len(names):
        raise UploadError("two files have the same name")
    for name, fileobj in files:
        with open(into / name, "xb") as dst:
            shutil.copyfileobj(fileobj, dst)


def receive(files: list[tuple[str, BinaryIO]], into: Path) -> None:
    """The upload written to the new folder `into`: one zip unpacked, else the files saved."""
    into.mkdir()
    if len(files) == 1 and files[0][0].lower().endswith(".zip"):
        unpack_zip(files[0][1], into)
    else:
        save_files(files, into)

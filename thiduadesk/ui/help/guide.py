"""Where the user guide is: docs/huong-dan-su-dung.md is its one source. An installed program
carries it as package data (thiduadesk/resources/help/, copied there by setup.py's build step);
a source checkout or an editable install reads it from docs/ beside the package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

GUIDE_NAME = "huong-dan-su-dung.md"


def guide_candidates() -> list[Path]:
    """Where the guide may be, in the order tried: the installed copy, then the repository's."""
    out: list[Path] = []
    try:
        installed = resources.files("thiduadesk.resources") / "help" / GUIDE_NAME
        out.append(Path(str(installed)))
    except (ModuleNotFoundError, TypeError):
        pass
    out.append(Path(__file__).resolve().parents[3] / "docs" / GUIDE_NAME)
    return out


def guide_path() -> Path | None:
    """The user guide's file, or None when the installation lacks it."""
    return next((p for p in guide_candidates() if p.is_file()), None)


def guide_text() -> str:
    """The guide as Markdown ("" when it cannot be found or read)."""
    path = guide_path()
    if path is None:
        return ""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""

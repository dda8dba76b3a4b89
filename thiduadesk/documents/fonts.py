"""The Times-metric font family every printed document uses, registered once per process.

Decree 30/2020/NĐ-CP asks for Times New Roman. It ships with Windows but may not be
redistributed, so it is taken from the Windows fonts folder when all four faces are there;
otherwise the bundled Liberation Serif (SIL OFL, same metrics, so line breaks match) is used.

Documents refer to the faces by the fixed names below, whatever file is behind them; the
embedded font in the PDF keeps the real face name (TimesNewRomanPSMT or LiberationSerif).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

# Names under which the faces are registered in ReportLab.
FAMILY = "TDSerif"
REGULAR = "TDSerif"
BOLD = "TDSerif-Bold"
ITALIC = "TDSerif-Italic"
BOLD_ITALIC = "TDSerif-BoldItalic"

TIMES_NEW_ROMAN = "Times New Roman"
LIBERATION_SERIF = "Liberation Serif"

# File names of the four faces: Windows' Times New Roman and the bundled fallback.
_WINDOWS_FILES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_BUNDLED_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)


@dataclass(frozen=True)
class FontChoice:
    """Which font family is used and where its four faces live."""

    name: str  # "Times New Roman" or "Liberation Serif"
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    @property
    def path(self) -> Path:
        """The regular face, the one to show in the UI ("Phông chữ: … (C:\\Windows\\Fonts\\times.ttf)")."""
        return self.regular

    @property
    def is_times_new_roman(self) -> bool:
        return self.name == TIMES_NEW_ROMAN

    def paths(self) -> tuple[Path, Path, Path, Path]:
        return (self.regular, self.bold, self.italic, self.bold_italic)


def windows_fonts_dir() -> Path | None:
    """%WINDIR%\\Fonts, or None when not on Windows (or WINDIR is unset)."""
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    return Path(windir) / "Fonts" if windir else None


def bundled_fonts_dir() -> Path:
    """resources/fonts, installed as the package thiduadesk.resources.

    Falls back to the source tree when the package is not installed (running from a checkout).
    """
    try:
        from importlib.resources import files

        folder = files("thiduadesk.resources") / "fonts"
        # Only real directories can be handed to ReportLab (true for installed, editable and
        # PyInstaller one-folder builds; not for a zip import, which we do not ship).
        path = Path(str(folder))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def _complete(folder: Path | None, names: tuple[str, ...]) -> tuple[Path, ...] | None:
    if folder is None:
        return None
    found = []
    for name in names:
        path = folder / name
        if not path.is_file():
            # Windows' file system is case-insensitive but a copied folder may not be.
            matches = (
                [p for p in folder.glob("*") if p.name.lower() == name.lower()] if folder.is_dir() else []
            )
            if not matches:
                return None
            path = matches[0]
        found.append(path)
    return tuple(found)


def choose_fonts(windows_dir: Path | None = None, bundled_dir: Path | None = None) -> FontChoice:
    """Times New Roman when all four faces are in ``windows_dir`` (default %WINDIR%\\Fonts), else
    Liberation Serif from ``bundled_dir`` (default the bundled resources). Registers nothing."""
    win = _complete(windows_dir if windows_dir is not None else windows_fonts_dir(), _WINDOWS_FILES)
    if win:
        return FontChoice(TIMES_NEW_ROMAN, *win)
    bundled = _complete(bundled_dir or bundled_fonts_dir(), _BUNDLED_FILES)
    if not bundled:
        raise FileNotFoundError(
            "Không tìm thấy phông chữ Times New Roman hoặc Liberation Serif kèm theo chương trình "
            f"({bundled_dir or bundled_fonts_dir()}). Hãy cài đặt lại ThiDuaDesk."
        )
    return FontChoice(LIBERATION_SERIF, *bundled)


_lock = threading.Lock()
_registered: FontChoice | None = None


def register_fonts() -> FontChoice:
    """Register the family in ReportLab (once per process; later calls return at once).

    After this, ``FAMILY`` works in ParagraphStyle.fontName and <b>/<i> pick the right faces.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            choice = choose_fonts()
            for face, path in zip((REGULAR, BOLD, ITALIC, BOLD_ITALIC), choice.paths(), strict=True):
                pdfmetrics.registerFont(TTFont(face, str(path)))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = choice
    return _registered


def font_in_use() -> FontChoice:
    """The registered font (registering it if needed): name and path, for the UI and tests."""
    return register_fonts()


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` the printing font has no glyph for (Arabic, emoji, …), in the
    order they first appear: ReportLab would print them as blanks without a word."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in seen and not ch.isspace() and ord(ch) >= 0x20 and ord(ch) not in glyphs:
            seen[ch] = None
    return list(seen)

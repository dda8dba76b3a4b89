"""The Times-metric family: chosen from the Windows fonts folder or the bundled fallback,
registered once, with <b>/<i> mapped to the right faces."""

from __future__ import annotations

import io
import shutil

import pdfplumber
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from thiduadesk.documents import fonts
from thiduadesk.documents.letter import STYLES

BUNDLED = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)


def test_bundled_fonts_are_shipped_with_their_licence():
    folder = fonts.bundled_fonts_dir()
    for name in BUNDLED:
        assert (folder / name).is_file(), name
    assert (folder / "LICENSE-OFL.txt").is_file()


def _fake_windows_fonts(tmp_path, names=("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")):
    """A folder laid out like C:\\Windows\\Fonts, with Liberation files under Times names."""
    folder = tmp_path / "Fonts"
    folder.mkdir()
    for src, dst in zip(BUNDLED, names, strict=False):
        shutil.copy(fonts.bundled_fonts_dir() / src, folder / dst)
    return folder


def test_times_new_roman_taken_from_the_windows_folder(tmp_path):
    folder = _fake_windows_fonts(tmp_path)
    choice = fonts.choose_fonts(windows_dir=folder)
    assert choice.name == fonts.TIMES_NEW_ROMAN
    assert choice.is_times_new_roman
    assert choice.path == folder / "times.ttf"
    assert choice.bold_italic == folder / "timesbi.ttf"


def test_windows_file_names_match_whatever_their_case(tmp_path):
    folder = _fake_windows_fonts(tmp_path, ("TIMES.TTF", "TIMESBD.TTF", "TIMESI.TTF", "TIMESBI.TTF"))
    assert fonts.choose_fonts(windows_dir=folder).name == fonts.TIMES_NEW_ROMAN


def test_fallback_when_a_windows_face_is_missing(tmp_path):
    folder = _fake_windows_fonts(tmp_path, ("times.ttf", "timesbd.ttf", "timesi.ttf"))  # no bold italic
    choice = fonts.choose_fonts(windows_dir=folder)
    assert choice.name == fonts.LIBERATION_SERIF
    assert choice.path.parent == fonts.bundled_fonts_dir()


def test_fallback_without_windows(tmp_path):
    choice = fonts.choose_fonts(windows_dir=tmp_path / "nowhere")
    assert choice.name == fonts.LIBERATION_SERIF
    assert all(p.is_file() for p in choice.paths())


def test_missing_bundled_fonts_give_a_clear_message(tmp_path):
    with pytest.raises(FileNotFoundError, match="phông chữ"):
        fonts.choose_fonts(windows_dir=tmp_path / "nowhere", bundled_dir=tmp_path / "empty")


def test_registration_happens_once(monkeypatch):
    first = fonts.register_fonts()

    def refuse(*args, **kwargs):  # pragma: no cover - only runs if registration repeats
        raise AssertionError("fonts registered a second time")

    monkeypatch.setattr(pdfmetrics, "registerFont", refuse)
    monkeypatch.setattr(pdfmetrics, "registerFontFamily", refuse)
    assert fonts.register_fonts() is first
    assert fonts.font_in_use() is first
    assert first.path.is_file()
    assert first.name in (fonts.TIMES_NEW_ROMAN, fonts.LIBERATION_SERIF)


def test_bold_and_italic_markup_use_the_family_faces():
    fonts.register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf)
    para = Paragraph("thường <b>đậm</b> <i>nghiêng</i> <b><i>cả hai</i></b>", STYLES.body)
    para.wrap(400, 100)
    para.drawOn(canvas, 50, 700)
    canvas.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        chars = pdf.pages[0].chars
    faces = {c["fontname"].split("+")[-1] for c in chars}
    assert len(faces) == 4, faces
    assert any("Bold" in f and "Italic" in f for f in faces)
    assert any("Bold" in f and "Italic" not in f for f in faces)
    assert any("Italic" in f and "Bold" not in f for f in faces)

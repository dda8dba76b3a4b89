"""Word files that would take the machine's memory or minutes (issue 9, resources): a zip bomb
and a small file of 200,000 empty paragraphs are refused with a message, quickly, and nothing is
stored."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from thiduadesk.cli import main
from thiduadesk.exchange.plan_import import PlanImportError, import_plan_file


def _plan_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Công tác thi đua, khen thưởng năm 2024")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _rewritten(data: bytes, extra: dict[str, bytes], replace: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, (replace or {}).get(item.filename, src.read(item)))
        for name, content in extra.items():
            dst.writestr(name, content)
    return out.getvalue()


@pytest.fixture
def bomb(tmp_path):
    path = tmp_path / "bom.docx"
    path.write_bytes(_rewritten(_plan_docx(), {"word/media/big.bin": b"\0" * (80 * 1024 * 1024)}))
    return path


def _empty_paragraphs(tmp_path, count: int):
    data = _plan_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml")
    xml = xml.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * count, 1)
    path = tmp_path / "rong.docx"
    path.write_bytes(_rewritten(data, {}, {"word/document.xml": xml}))
    return path


def test_a_zip_bomb_is_refused_before_it_is_unpacked(bomb):
    assert bomb.stat().st_size < 1024 * 1024  # small on disk, 80 MB unpacked
    with pytest.raises(PlanImportError) as err:
        import_plan_file(bomb)
    assert err.value.message.startswith("Tệp «bom.docx» giải nén ra 80 MB, quá lớn so với một văn bản Word")
    assert err.value.message.endswith("Không có gì được nhập.")


def test_two_hundred_thousand_empty_paragraphs_are_refused_unread(tmp_path):
    # 68 KB on disk, as in the issue: its text part unpacks to over 1 MB at a ratio no Word file has.
    path = _empty_paragraphs(tmp_path, 200_000)
    assert path.stat().st_size < 100 * 1024
    with pytest.raises(PlanImportError) as err:
        import_plan_file(path)
    assert err.value.message.startswith("Tệp «rong.docx» nén bất thường: phần «word/document.xml» giải nén ra gấp ")
    assert err.value.message.endswith("tệp có thể bị hỏng hoặc không an toàn. Không có gì được nhập.")


def test_too_many_paragraphs_are_refused_before_they_are_read(tmp_path):
    path = _empty_paragraphs(tmp_path, 25_000)
    with pytest.raises(PlanImportError) as err:
        import_plan_file(path)
    assert err.value.message == (
        "Tệp «rong.docx» có 25.002 đoạn văn, quá nhiều so với một kế hoạch (tối đa 20.000): "
        "hãy kiểm tra lại tệp. Không có gì được nhập."
    )


def test_the_command_line_stores_nothing(bomb, db_path, capsys):
    assert main(["--db", str(db_path), "plan", "import", str(bomb)]) == 1
    assert "quá lớn so với một văn bản Word" in capsys.readouterr().err
    assert main(["--db", str(db_path), "plan", "list"]) == 0
    assert capsys.readouterr().out == ""


def test_a_real_word_plan_still_imports(tmp_path):
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(_plan_docx())
    assert import_plan_file(path).plan.title == "Công tác thi đua, khen thưởng năm 2024"

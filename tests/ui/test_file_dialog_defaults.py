"""Where the save and open dialogs start, and the file names they suggest."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from thiduadesk.domain.plan import Plan
from thiduadesk.ops.plans import file_stem
from thiduadesk.ui import prompts


def test_a_bare_file_name_is_suggested_in_documents_not_the_program_folder():
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(prompts.start_path("ke hoach.pdf")) == Path(documents) / "ke hoach.pdf"
    assert prompts.last_folder() == documents


def test_the_folder_of_the_last_chosen_file_is_used_next_time(tmp_path):
    folder = tmp_path / "Thi dua 2024"
    folder.mkdir()
    prompts.remember_folder(str(folder / "danh sach.xlsx"))
    assert Path(prompts.start_path("ke hoach.docx")) == folder / "ke hoach.docx"
    assert Path(prompts.last_folder()) == folder
    assert prompts.start_path(str(tmp_path / "x.pdf")) == str(tmp_path / "x.pdf")  # a full path stays


def test_a_vanished_last_folder_falls_back_to_documents(tmp_path):
    prompts.remember_folder(str(tmp_path / "gone" / "f.pdf"))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert prompts.last_folder() == documents


def test_long_plan_titles_are_cut_between_words_keeping_the_year():
    plan = Plan(title="Công tác Thi đua - Khen thưởng Ngành Giáo dục và Đào tạo quận Nam Từ Liêm năm 2022")
    stem = file_stem(plan)
    assert stem.endswith("nam 2022"), stem
    long = Plan(title="Kế hoạch " + "phát động phong trào thi đua " * 6 + "năm 2024")
    stem = file_stem(long)
    assert len(stem) <= 90
    assert not stem.endswith(" ") and stem.split()[-1] in {"thi", "dua", "phat", "dong", "phong", "trao"}

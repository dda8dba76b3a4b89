"""Refresh the translations: lupdate over the package, English filled as identity, lrelease.

    python i18n/update_translations.py           # update .ts, compile .qm, list untranslated
    python i18n/update_translations.py --check   # exit 1 if anything Vietnamese is untranslated

lupdate keeps existing translations; new Vietnamese strings appear as "unfinished" and must be
translated (Qt Linguist: ``pyside6-linguist i18n/thiduadesk_vi.ts``) before committing. The
compiled .qm files are committed too: installing the package does not run lrelease.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = ROOT / "thiduadesk"
LANGS = {"vi": "vi_VN", "en": "en_GB"}


def ts_path(lang: str) -> Path:
    return HERE / f"thiduadesk_{lang}.ts"


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate() -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang, locale in LANGS.items():
        subprocess.run(
            ["pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en_GB",
             "-target-language", locale, *files, "-ts", str(ts_path(lang).relative_to(ROOT))],
            cwd=ROOT,
            check=True,
        )


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def fill_english() -> int:
    """English is the source language: every entry translates to itself."""
    path = ts_path("en")
    tree = ET.parse(path)
    filled = 0
    for _context, message in _messages(tree):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form in forms:
                if not form.text:
                    form.text = source
                    filled += 1
        elif not translation.text or translation.get("type") == "unfinished":
            translation.text = source
            filled += 1
        translation.attrib.pop("type", None)
    _write(tree, path)
    return filled


def _write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def untranslated(lang: str) -> list[tuple[str, str]]:
    """(context, source) of entries with no finished translation."""
    tree = ET.parse(ts_path(lang))
    missing = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(t and t.strip() for t in texts):
            missing.append((context, message.findtext("source")))
    return missing


def run_lrelease() -> None:
    for lang in LANGS:
        ts = ts_path(lang)
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a Vietnamese entry is untranslated")
    args = parser.parse_args(argv)
    run_lupdate()
    fill_english()
    run_lrelease()
    missing = untranslated("vi")
    for context, source in missing:
        print(f"untranslated (vi) [{context}] {source!r}")
    print(f"{len(missing)} Vietnamese entries untranslated.")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())

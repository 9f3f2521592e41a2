"""Builds the kiosk's translations with PySide6's own Qt Linguist tools.

Sources: resources/translations/<lang>/<module>.ts, one file per Python module or form, so that
features never edit the same file. `python -m kiosk.build_translations` compiles every language into
resources/translations/kiosk_<lang>.qm (build output, not in git). `--update` first runs lupdate over
kiosk/gui and ui/ to add new source strings to the .ts files.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk import paths

LANGUAGES = ("ko",)
TR_CALL = re.compile(r"\btr\(|\btranslate\(")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def _sources() -> list[Path]:
    """Python modules and forms that hold visible strings."""
    root = paths.project_root()
    gui = sorted(p for p in (root / "kiosk" / "gui").rglob("*.py") if "forms" not in p.parts)
    return gui + sorted(paths.ui_dir().glob("*.ui"))


def _ts_name(source: Path) -> str:
    if source.suffix == ".ui":
        return f"form_{source.stem}.ts"
    relative = source.relative_to(paths.project_root() / "kiosk" / "gui").with_suffix("")
    return "_".join(relative.parts) + ".ts"


def update(language: str) -> None:
    """Add new source strings to the .ts files of `language` (existing translations are kept)."""
    folder = paths.translations_dir() / language
    folder.mkdir(parents=True, exist_ok=True)
    for source in _sources():
        if source.suffix != ".ui" and not TR_CALL.search(source.read_text(encoding="utf-8")):
            continue
        target = folder / _ts_name(source)
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                str(source),
                "-ts",
                str(target),
            ],
            check=True,
        )


def release(language: str) -> Path:
    """Compile every .ts of `language` into one .qm file."""
    sources = sorted((paths.translations_dir() / language).glob("*.ts"))
    target = paths.translations_dir() / f"kiosk_{language}.qm"
    if not sources:
        raise SystemExit(f"no translation sources in {paths.translations_dir() / language}")
    subprocess.run([_tool("lrelease"), "-silent", *map(str, sources), "-qm", str(target)], check=True)
    return target


def unfinished(language: str) -> list[tuple[str, str, str]]:
    """(file, context, source) of every string that has no translation yet."""
    missing = []
    for ts in sorted((paths.translations_dir() / language).glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                        continue
                    missing.append((ts.name, name, message.findtext("source", "")))
                elif not (translation.text or "").strip() and translation.find("numerusform") is None:
                    missing.append((ts.name, name, message.findtext("source", "")))
    return missing


def fill(language: str, rows: list[tuple[str, str, str]]) -> int:
    """Write (context, source, translation) rows into the .ts files; returns how many were set.

    Sources may spell a newline as \\n. For plural (%n) messages the one Korean form is used.
    """
    wanted = {(c, s.replace("\\n", "\n")): t.replace("\\n", "\n") for c, s, t in rows}
    count = 0
    for ts in sorted((paths.translations_dir() / language).glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = (name, message.findtext("source", ""))
                if key not in wanted:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for child in list(translation):
                        translation.remove(child)
                    ET.SubElement(translation, "numerusform").text = wanted[key]
                else:
                    translation.text = wanted[key]
                changed = True
                count += 1
        if changed:
            ET.indent(tree, space="    ")
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--fill" in argv:
        # Rows on stdin: context<TAB>source<TAB>translation (for the first language).
        rows = [tuple(line.rstrip("\n").split("\t")) for line in sys.stdin if line.count("\t") == 2]
        print(f"{fill(LANGUAGES[0], rows)} translations set")  # type: ignore[arg-type]
        return 0
    if "--missing" in argv:
        rows = [row for language in LANGUAGES for row in unfinished(language)]
        for file, context, source in rows:
            print(f"{file}\t{context}\t{source}")
        return 1 if rows else 0
    for language in LANGUAGES:
        if "--update" in argv:
            update(language)
        release(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())

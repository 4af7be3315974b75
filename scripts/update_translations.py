"""Bring the translations up to date with the app's strings, then compile them for Qt.

    .venv/bin/python scripts/update_translations.py

For each resources/translations/rupture_annotator_<lang>.ts: pyside6-lupdate collects the
strings wrapped in tr() from SOURCES (keeping every translation already made), the menu titles
and action texts of ui/actions.py, the headings of Check Coding and the labels of the built-in
session fields are added (contexts "menus", "actions", "completeness" and "session": they are
data, so lupdate cannot see them), and pyside6-lrelease writes the .qm file the app loads. Translate in
Qt Linguist (pyside6-linguist FILE.ts), then run this again.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
SOURCES = [
    "rupture_annotator/ui/codebook_editor/dialog.py",
    "rupture_annotator/ui/codebook_editor/tables.py",
    "rupture_annotator/ui/codebook_editor/removals.py",
    "rupture_annotator/ui/codebook_panel.py",
    "rupture_annotator/ui/session_fields.py",
    "rupture_annotator/ui/agreement_dialog.py",
    "rupture_annotator/ui/background.py",
    "rupture_annotator/ui/blind.py",
    "rupture_annotator/ui/check_coding.py",
    "rupture_annotator/ui/compare/opening.py",
    "rupture_annotator/ui/compare/timeline.py",
    "rupture_annotator/ui/compare/window.py",
    "rupture_annotator/ui/crash_report.py",
    "rupture_annotator/ui/export_dialog.py",
    "rupture_annotator/ui/file_flows.py",
    "rupture_annotator/ui/gold_check.py",
    "rupture_annotator/ui/import_dialog.py",
    "rupture_annotator/ui/inspector.py",
    "rupture_annotator/ui/main_window.py",
    "rupture_annotator/ui/review/captions.py",
    "rupture_annotator/ui/review/clips.py",
    "rupture_annotator/ui/review/comment_box.py",
    "rupture_annotator/ui/review/mode.py",
    "rupture_annotator/ui/review/panel.py",
    "rupture_annotator/ui/review/reel_bar.py",
    "rupture_annotator/ui/segment_panel.py",
    "rupture_annotator/ui/session_details.py",
    "rupture_annotator/ui/shortcut_sheet.py",
    "rupture_annotator/ui/talk_control.py",
    "rupture_annotator/ui/timeline/bands.py",
    "rupture_annotator/ui/timeline/overlay.py",
    "rupture_annotator/ui/timeline/painting.py",
    "rupture_annotator/ui/timeline/scene.py",
    "rupture_annotator/ui/timeline/talk.py",
    "rupture_annotator/ui/timeline/talk_data.py",
    "rupture_annotator/ui/timeline/tooltips.py",
    "rupture_annotator/ui/timeline/widget.py",
    "rupture_annotator/ui/transcript_panel.py",
    "rupture_annotator/ui/transport.py",
]


def data_strings() -> dict[str, list[str]]:
    """The strings of the action table, the Check Coding headings and the built-in session
    fields' labels, by context."""
    from rupture_annotator.domain.completeness import CATEGORY_TITLES
    from rupture_annotator.domain.session import BUILTIN_FIELDS
    from rupture_annotator.ui.actions import ACTIONS, MENU_TITLES, MENUS

    menus = [MENU_TITLES.get(name, f"&{name}") for name in MENUS]
    actions: list[str] = []
    for spec in ACTIONS:
        actions += [t for t in (spec.text, spec.help) if t and t not in actions]
    return {
        "menus": menus,
        "actions": actions,
        "completeness": list(CATEGORY_TITLES.values()),
        "session": [f.label for f in BUILTIN_FIELDS],
    }


def add_data_strings(ts: Path) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for context_name, sources in data_strings().items():
        context = next(
            (c for c in root.findall("context") if c.findtext("name") == context_name), None
        )
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        known = {m.findtext("source"): m for m in context.findall("message")}
        for source in sources:
            message = known.get(source)
            if message is None:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", {"type": "unfinished"})
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                del translation.attrib["type"]  # lupdate does not see data: it is not gone
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    for ts in sorted(FOLDER.glob("rupture_annotator_*.ts")):
        sources = [str(ROOT / s) for s in SOURCES]
        subprocess.run([BIN / "pyside6-lupdate", *sources, "-ts", str(ts)], check=True)
        add_data_strings(ts)
        qm = ts.with_suffix(".qm")
        subprocess.run([BIN / "pyside6-lrelease", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

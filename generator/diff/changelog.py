"""``generated/CHANGELOG.md``: the changes from the committed build to the new one.

The committed build is the index already in the output folder
(``build-index.jsonl``). When the new build's index is the same text, the
changelog files stay as they are (regenerating twice changes nothing). When it
differs, the diff becomes a new entry at the top of ``CHANGELOG.md`` (older
entries are kept below it) and the whole of ``CHANGELOG.json``. With no index
before it, the first entry says what the build holds.
"""

from __future__ import annotations

from pathlib import Path

from generator.diff.compare import compare
from generator.diff.index import INDEX_FILE, BuildIndexError, Index, index_text, parse_index
from generator.diff.report import (
    Entry,
    build_entry,
    diff_json,
    initial_entry,
    json_text,
    render_entry,
)
from generator.render.files import RenderedFile, render

CHANGELOG_FILE = "CHANGELOG.md"
CHANGELOG_JSON = "CHANGELOG.json"
ENTRIES_MARKER = "<!-- entries, newest first -->"


def _previous(out_root: Path, name: str) -> str | None:
    path = out_root / name
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _entries(markdown: str | None) -> str:
    """The entries of an existing changelog (what follows the marker)."""
    if markdown is None or ENTRIES_MARKER not in markdown:
        return ""
    return markdown.split(ENTRIES_MARKER, 1)[1].strip()


def changelog_files(index: Index, out_root: Path) -> list[RenderedFile]:
    """``build-index.jsonl``, ``CHANGELOG.md`` and ``CHANGELOG.json`` for ``index``.

    ``out_root`` is the output folder as it is before this build is written.
    """
    text = index_text(index)
    files = [render(f"{INDEX_FILE}.jinja2", text=text)]
    old_text = _previous(out_root, INDEX_FILE)
    old_markdown = _previous(out_root, CHANGELOG_FILE)
    old_json = _previous(out_root, CHANGELOG_JSON)
    if old_text == text and old_markdown is not None and old_json is not None:
        files.append(RenderedFile(CHANGELOG_FILE, old_markdown))
        files.append(RenderedFile(CHANGELOG_JSON, old_json))
        return files
    entry: Entry
    if old_text is None:
        entry = initial_entry(index)
        data = {"format": "dicomodel-diff", "initial": True, "to": index.name}
    else:
        try:
            before = parse_index(old_text.splitlines(), str(out_root / INDEX_FILE))
        except BuildIndexError as error:
            entry = initial_entry(index)
            entry = Entry(
                title=entry.title,
                compared=f"The previous index could not be read ({error}); "
                "every record counts as added.",
                counts=entry.counts,
                overlays=entry.overlays,
            )
            data = {"format": "dicomodel-diff", "initial": True, "to": index.name}
        else:
            diff = compare(before, index)
            entry = build_entry(diff)
            data = diff_json(diff)
    files.append(
        render(
            f"{CHANGELOG_FILE}.jinja2",
            marker=ENTRIES_MARKER,
            entry=render_entry(entry),
            older=_entries(old_markdown),
        )
    )
    files.append(render(f"{CHANGELOG_JSON}.jinja2", text=json_text(data)))
    return files

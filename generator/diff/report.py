"""A diff as a readable Markdown changelog entry and as JSON.

The Markdown is built as a small view (:class:`Entry`: a title, a table of
counts, the overlays, then one section per kind of record, attributes grouped by
table) and rendered by ``templates/common/changelog_entry.md.jinja2``; the JSON
holds every change with its key, its record and the fields that differ.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.diff.compare import CHANGE_TYPES, Change, Diff, FieldChange, NotCompared
from generator.diff.index import Index
from generator.diff.records import KIND_BY_NAME, KINDS, PATH_SEPARATOR, Key, Value
from generator.diff.words import markdown_word_diff, word_hunks
from generator.ir.standard import OverlayChange, OverlayProvenance
from generator.readers.text import label_from_id
from generator.render.environment import environment

DIFF_FORMAT = "dicomodel-diff"
DIFF_VERSION = 2
#: Fields kept as digests: the changelog says that they changed, not how.
DIGEST_FIELDS = frozenset({"value_meanings", "resolved"})
#: Fields of long text: the changelog gives the words that changed.
TEXT_FIELDS = frozenset({"description"})
#: Longest text quoted in full when the other side is empty.
LONGEST_QUOTE = 200
_VERBS = {"added": "Added", "removed": "Removed", "retired": "Retired", "changed": "Changed"}
_OVERLAY_VERBS = {"add": "added", "replace": "replaced", "remove": "removed", "edit": "edited"}


@dataclass(frozen=True, slots=True)
class Group:
    """Lines under an optional heading (a table, for attributes)."""

    heading: str | None
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """The changes of one kind of record."""

    title: str
    groups: tuple[Group, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """One changelog entry, ready for the template."""

    title: str
    compared: str
    counts: tuple[tuple[str, int, int, int, int], ...]
    overlays: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    notes: tuple[str, ...] = field(default=())
    not_compared: tuple[str, ...] = ()


def _code(value: Value) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, tuple):
        return ", ".join(f"`{item}`" for item in value) or "(none)"
    return f"`{value}`"


def _text(value: Value) -> str:
    if value is None or value == "":
        return "(none)"
    return f"“{value}”"


def _quote(value: Value) -> str:
    text = str(value or "")
    if len(text) > LONGEST_QUOTE:
        text = text[: LONGEST_QUOTE - 1].rsplit(" ", 1)[0] + " …"
    return _text(text)


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that reads numbers as numbers: ``C.2`` before ``C.11``."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text) if part
    )


def field_change(change: FieldChange) -> str:
    """``type: `1` → `1C` ``; lists as what was added and removed; texts as a word diff."""
    name = change.name.replace("_", " ")
    if change.name == "resolved_count":
        return f"codes with those of included groups: {change.before} → {change.after}"
    if change.name in TEXT_FIELDS:
        if not change.before or not change.after:
            return f"{name}: {_quote(change.before)} → {_quote(change.after)}"
        return f"{name}: {markdown_word_diff(str(change.before), str(change.after))}"
    if change.name in DIGEST_FIELDS:
        return f"{name} changed"
    if isinstance(change.before, tuple) or isinstance(change.after, tuple):
        before = change.before if isinstance(change.before, tuple) else ()
        after = change.after if isinstance(change.after, tuple) else ()
        parts = []
        added = [item for item in after if item not in before]
        removed = [item for item in before if item not in after]
        if added:
            parts.append("added " + _code(tuple(added)))
        if removed:
            parts.append("removed " + _code(tuple(removed)))
        return f"{name}: " + "; ".join(parts or ["reordered"])
    if change.name in ("condition", "name", "caption", "description") or (
        isinstance(change.after, str) and len(change.after) > 40
    ):
        return f"{name}: {_text(change.before)} → {_text(change.after)}"
    return f"{name}: {_code(change.before)} → {_code(change.after)}"


class Labeler:
    """Human labels for records, using both indexes (names of tables, parent attributes)."""

    def __init__(self, before: Index, after: Index) -> None:
        self.indexes = (after, before)

    def _field(self, kind: str, key: Key, name: str) -> Value:
        for index in self.indexes:
            value = index.field(kind, key, name)
            if value is not None:
                return value
        return None

    def table(self, table_id: str) -> str:
        """``Table C.8.20-2 “Segmentation Image Module Attributes”``."""
        for kind in ("module", "macro", "iod"):
            label = self._field(kind, (table_id,), "label")
            if label is not None:
                caption = self._field(kind, (table_id,), "caption") or self._field(
                    kind, (table_id,), "name"
                )
                suffix = " IOD Modules" if kind == "iod" else ""
                return f"Table {label} “{caption}{suffix}”"
        return table_id

    def attribute_path(self, table_id: str, path: str) -> str:
        """``Segment Sequence (0062,0002) > Recommended Display CIELab Value (0062,000D)``."""
        tags = str(path).split(PATH_SEPARATOR)
        names = []
        for depth in range(1, len(tags) + 1):
            key: Key = (table_id, PATH_SEPARATOR.join(tags[:depth]))
            name = self._field("attribute", key, "name")
            tag = tags[depth - 1].split("#")[0]
            names.append(f"{name} {tag}" if name else tag)
        return " > ".join(names)

    def label(self, change: Change) -> str:
        """One line's subject for a change."""
        key = change.key
        value = change.value
        kind = change.kind
        if kind == "element":
            return f"{key[0]} {value('keyword') or '(no keyword)'} “{value('name')}”"
        if kind == "uid":
            keyword = value("keyword") or "(no keyword)"
            return f"`{key[0]}` {keyword} “{value('name')}” ({value('type')})"
        if kind == "context_group_uid":
            return f"CID {key[0]} “{value('name')}” `{value('uid')}`"
        if kind == "sop_class":
            defined = ", ".join(str(v) for v in (value("iod"), value("iod_table")) if v)
            return f"`{key[0]}` “{value('name')}”" + (f" ({defined})" if defined else "")
        if kind == "iod":
            return f"{value('name')} IOD ({key[0]})"
        if kind in ("iod_module", "iod_functional_group"):
            what = "module" if kind == "iod_module" else "functional group"
            iod = self._field("iod", (key[0],), "name") or key[0]
            subject = f"{iod} IOD ({key[0]}): {what} **{key[1]}**"
            if change.change not in ("added", "removed"):
                return subject
            condition = f": {value('condition')}" if value("condition") else ""
            return f"{subject} ({value('usage')}{condition})"
        if kind in ("module", "macro"):
            return f"{value('name')} ({key[0]}, Table {value('label')})"
        if kind == "attribute":
            return self.attribute_path(str(key[0]), str(key[1]))
        if kind == "include":
            *parents, included = str(key[1]).split("#")[0].split(PATH_SEPARATOR)
            where = (
                f" in {self.attribute_path(str(key[0]), PATH_SEPARATOR.join(parents))}"
                if parents
                else ""
            )
            return f"includes {self.table(included)}{where}"
        if kind == "context_group":
            return f"CID {key[0]} “{value('name')}”"
        if kind == "member":
            return f"CID {key[0]}: ({key[2]}, {key[1]}, “{value('meaning')}”)"
        if kind == "code":
            return f"({key[1]}, {key[0]}, “{value('meaning')}”)"
        if kind == "retired_section":
            return f"Section {value('label')} “{value('title')}” ({key[0]})"
        if kind == "retired_code":
            replacement = value("replacement")
            instead = f", replaced by {replacement}" if replacement else ", no replacement"
            return f"({key[1]}, {key[0]}, “{value('meaning')}”){instead}"
        if kind == "coding_scheme":
            return f"{key[0]} “{value('name')}”"
        return " ".join(str(part) for part in key)


def _shown(change: Change) -> list[FieldChange]:
    """The field changes worth a word: a digest that follows a shown change is implied."""
    names = {f.name for f in change.fields}
    implied = {"resolved", "resolved_count"} if change.kind == "context_group" else set()
    if names & {"enumerated_values", "defined_terms"}:
        implied.add("value_meanings")
    return [f for f in change.fields if f.name not in implied and f.name != "retired"]


def _codes(count: int) -> str:
    return f"{count} code" + ("" if count == 1 else "s")


def _cids(numbers: list[int]) -> str:
    if not numbers:
        return "included groups"
    words = "included CID" + ("" if len(numbers) == 1 else "s")
    return f"{words} {', '.join(str(number) for number in numbers)}"


class GroupGrowth:
    """Sentences for the codes a context group resolves to (its own rows and its includes)."""

    def __init__(self, diff: Diff) -> None:
        self.own: dict[Key, int] = {}
        for change in diff.of("member"):
            step = {"added": 1, "removed": -1}.get(change.change, 0)
            key: Key = (change.key[0],)
            self.own[key] = self.own.get(key, 0) + step
        self.moved = {
            int(change.key[0])
            for change in diff.changes
            if change.kind in ("member", "context_group") and not change.cosmetic
        }
        self.after = diff.after

    def sentence(self, change: Change) -> str:
        """``gains 3 codes through included CID 6170`` (or ``""`` when nothing resolves anew)."""
        fields = {f.name: f for f in change.fields}
        if "resolved_count" not in fields and "resolved" not in fields:
            return ""
        count = fields.get("resolved_count")
        delta = 0
        if count is not None and isinstance(count.after, int) and isinstance(count.before, int):
            delta = count.after - count.before
        own = self.own.get((change.key[0],), 0)
        through = delta - own
        includes = self.after.field("context_group", change.key, "includes")
        included = [
            int(str(cid).removeprefix("CID "))
            for cid in (includes if isinstance(includes, tuple) else ())
            if int(str(cid).removeprefix("CID ")) in self.moved
        ]
        parts = []
        if own:
            verb = "gains" if own > 0 else "loses"
            parts.append(f"{verb} {_codes(abs(own))} in its own table")
        if through:
            verb = "gains" if through > 0 else "loses"
            parts.append(f"{verb} {_codes(abs(through))} through {_cids(included)}")
        if not parts:
            parts.append(
                "resolves to other codes, as many as before, through "
                + (_cids(included) if included else "its own rows")
            )
        return " and ".join(parts)


def _line(change: Change, labeler: Labeler, growth: GroupGrowth | None = None) -> str:
    subject = labeler.label(change)
    if change.change in ("added", "removed"):
        return f"{_VERBS[change.change]}: {subject}"
    details = [field_change(f) for f in _shown(change)]
    if change.kind == "context_group" and growth is not None:
        sentence = growth.sentence(change)
        if sentence:
            details.append(sentence)
    if change.note:
        details.append(change.note)
    verb = _VERBS[change.change]
    if change.cosmetic:
        verb = f"{verb} in case or white space only"
    return f"{verb}: {subject}" + (f": {'; '.join(details)}" if details else "")


def _order(change: Change) -> tuple[int, int, tuple[tuple[tuple[int, int | str], ...], ...]]:
    rank = {name: index for index, name in enumerate(CHANGE_TYPES)}
    return (
        int(change.cosmetic),
        rank[change.change],
        tuple(natural_key(str(part)) for part in change.key),
    )


def _overlay_change(change: OverlayChange) -> str:
    what = {"section": "Section", "table": "Table", "row": "Table"}[change.kind]
    target = label_from_id(change.target)
    title = f" “{change.title}”" if change.title else ""
    row = f" row `{change.row}`" if change.row is not None else ""
    return f"PS3.{change.part} {what} {target}{title}{row}: {_OVERLAY_VERBS[change.action]}"


def _overlay_lines(verb: str, overlay: OverlayProvenance) -> list[str]:
    sections = [c for c in overlay.changes if c.kind == "section"]
    tables = [c for c in overlay.changes if c.kind != "section"]
    lines = [
        f"{verb} **{overlay.name}**: {overlay.document} ({overlay.status}, {overlay.date}); "
        f"{len(tables)} table and row changes (below, as they affect the model), "
        f"{len(sections)} text sections (not in the model):"
    ]
    lines.extend(f"  - {_overlay_change(change)}" for change in sections)
    return lines


def _section(
    kind_name: str, changes: list[Change], labeler: Labeler, growth: GroupGrowth
) -> Section:
    kind = KIND_BY_NAME[kind_name]
    ordered = sorted(changes, key=_order)
    if kind_name != "attribute" and kind_name != "include":
        lines = tuple(_line(c, labeler, growth) for c in ordered)
        return Section(kind.title, (Group(None, lines),))
    by_table: dict[str, list[Change]] = {}
    for change in ordered:
        by_table.setdefault(str(change.key[0]), []).append(change)
    groups = tuple(
        Group(
            f"{labeler.table(table)} ({table})",
            tuple(_line(c, labeler) for c in group),
        )
        for table, group in sorted(
            by_table.items(), key=lambda item: natural_key(labeler.table(item[0]))
        )
    )
    return Section(kind.title, groups)


def _not_compared_lines(items: tuple[NotCompared, ...]) -> tuple[str, ...]:
    """One line per reason: the kinds (and fields) it leaves out, then why."""
    by_reason: dict[str, list[str]] = {}
    for item in items:
        if item.what == "source":
            by_reason.setdefault(item.reason, [])
            continue
        kind_name, _, field_name = item.what.partition(".")
        what = KIND_BY_NAME[kind_name].title if kind_name in KIND_BY_NAME else kind_name
        if field_name:
            what = f"{what}: field {field_name.replace('_', ' ')}"
        by_reason.setdefault(item.reason, []).append(what)
    return tuple(
        f"**{'; '.join(whats)}**: {reason}" if whats else reason
        for reason, whats in by_reason.items()
    )


def build_entry(diff: Diff) -> Entry:
    """The changelog entry of a diff."""
    labeler = Labeler(diff.before, diff.after)
    same = diff.before.name == diff.after.name
    title = diff.after.name + (" (regenerated)" if same else "")
    compared = (
        f"Compared with the previous build of the same sources ({diff.before.name}): the "
        "differences come from the generator."
        if same
        else f"Compared with {diff.before.name}."
    )
    counts = diff.counts()
    rows = tuple(
        (
            kind.title,
            counts[kind.name]["added"],
            counts[kind.name]["removed"],
            counts[kind.name]["retired"],
            counts[kind.name]["changed"],
        )
        for kind in KINDS
        if kind.name in counts
    )
    overlays: list[str] = []
    for overlay in diff.overlays_added:
        overlays.extend(_overlay_lines("Added", overlay))
    for overlay in diff.overlays_removed:
        overlays.extend(_overlay_lines("Removed", overlay))
    by_kind: dict[str, list[Change]] = {}
    for change in diff.changes:
        by_kind.setdefault(change.kind, []).append(change)
    growth = GroupGrowth(diff)
    sections = tuple(
        _section(kind.name, by_kind[kind.name], labeler, growth)
        for kind in KINDS
        if kind.name in by_kind
    )
    notes = []
    cosmetic = sum(diff.cosmetic_counts().values())
    if cosmetic:
        notes.append(
            f"{cosmetic} further {'change is' if cosmetic == 1 else 'changes are'} of case or "
            "white space only: listed last in their section, not counted."
        )
    if diff.empty:
        notes.append("No differences.")
    return Entry(
        title=title,
        compared=compared,
        counts=rows,
        overlays=tuple(overlays),
        sections=sections,
        notes=tuple(notes),
        not_compared=_not_compared_lines(diff.not_compared),
    )


def initial_entry(index: Index) -> Entry:
    """The entry of a first build (no index before it): what it holds."""
    counts = index.counts()
    rows = tuple(
        (kind.title, counts.get(kind.name, 0), 0, 0, 0)
        for kind in KINDS
        if kind.part in index.parts
    )
    overlays: list[str] = []
    for overlay in index.overlays:
        overlays.extend(_overlay_lines("Applied", overlay))
    return Entry(
        title=index.name,
        compared="First build with a committed index: every record counts as added.",
        counts=rows,
        overlays=tuple(overlays),
    )


def render_entry(entry: Entry, level: int = 2) -> str:
    """The Markdown of one entry; its title is a heading of ``level``."""
    template = environment().get_template("common/changelog_entry.md.jinja2")
    return template.render(entry=entry, hashes="#" * level).strip() + "\n"


def _json_value(value: Value) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _json_field(change: FieldChange) -> dict[str, Any]:
    data = {"from": _json_value(change.before), "to": _json_value(change.after)}
    if change.name in TEXT_FIELDS and change.before and change.after:
        hunks = word_hunks(str(change.before), str(change.after))
        data["words"] = [hunk.as_json() for hunk in hunks]
    return data


def _build(index: Index) -> dict[str, Any]:
    return {
        "build": index.name,
        "edition": index.edition,
        "parts": list(index.parts),
        "overlays": [overlay.name for overlay in index.overlays],
    }


def diff_json(diff: Diff) -> dict[str, Any]:
    """The diff as plain data (see ``README``: "Reading the changelog")."""
    labeler = Labeler(diff.before, diff.after)
    changes = []
    for change in diff.changes:
        kind = KIND_BY_NAME[change.kind]
        item: dict[str, Any] = {
            "kind": change.kind,
            "change": change.change,
            "key": dict(zip(kind.key, change.key, strict=True)),
            "label": labeler.label(change),
            "record": {name: _json_value(value) for name, value in change.record},
        }
        if change.fields:
            item["fields"] = {f.name: _json_field(f) for f in change.fields}
        if change.note:
            item["note"] = change.note
        if change.cosmetic:
            item["cosmetic"] = True
        changes.append(item)
    return {
        "format": DIFF_FORMAT,
        "version": DIFF_VERSION,
        "from": _build(diff.before),
        "to": _build(diff.after),
        "overlays": {
            "added": [o.model_dump(mode="json") for o in diff.overlays_added],
            "removed": [o.model_dump(mode="json") for o in diff.overlays_removed],
        },
        "not_compared": [{"what": n.what, "reason": n.reason} for n in diff.not_compared],
        "counts": diff.counts(),
        "cosmetic_counts": diff.cosmetic_counts(),
        "changes": changes,
    }


def json_text(data: dict[str, Any]) -> str:
    """Deterministic, indented JSON with a trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

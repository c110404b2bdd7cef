"""Compare two build indexes kind by kind, key by key, field by field.

Beyond added / removed / changed, the comparison says:

- **retired**, not removed, when the newer build retires what it no longer holds:
  a table whose section is reduced to "Retired. See PS3.3-2024b." (PS3.3 2024c
  Section 10.23, Table 10-27), a code listed in PS3.16 Table J-1 "SNOMED Codes
  Retired from DICOM Use";
- **cosmetic** changes, apart from the counts: texts that differ only in case or
  white space (SCT 303110006 "After Procedure" -> "after procedure");
- what it did not compare (:class:`NotCompared`): kinds from a Part one side did
  not read, data elements when a side borrowed another edition's Table 6-1 (a
  2024b build takes pydicom's 2024c dictionary), and each side's gaps (pages
  missing from its source).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from generator.diff.index import Index
from generator.diff.records import KINDS, Fields, Key, Kind, Value, collapsed, digest
from generator.ir.standard import OverlayProvenance

ChangeType = Literal["added", "removed", "retired", "changed"]
CHANGE_TYPES: tuple[ChangeType, ...] = ("added", "removed", "retired", "changed")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a record that differs: its value before and after."""

    name: str
    before: Value
    after: Value


@dataclass(frozen=True, slots=True)
class Change:
    """A record added, removed, retired or changed.

    ``record`` holds the record's fields by name (after the change; before it for a
    removed or retired-away record); ``fields`` the fields that differ (retired and
    changed only); ``note`` why a record that is gone counts as retired;
    ``cosmetic`` a change of case or white space only (not counted).
    """

    kind: str
    change: ChangeType
    key: Key
    record: tuple[tuple[str, Value], ...]
    fields: tuple[FieldChange, ...] = ()
    note: str = ""
    cosmetic: bool = False

    def value(self, name: str) -> Value:
        """A field of ``record`` by name (``None`` if absent)."""
        return dict(self.record).get(name)


@dataclass(frozen=True, slots=True)
class NotCompared:
    """Something a diff did not compare (``what``: a kind, ``kind.field``, or ``source``)."""

    what: str
    reason: str


@dataclass(frozen=True, slots=True)
class Diff:
    """What changed from ``before`` to ``after``.

    ``overlays_added`` / ``overlays_removed`` are the overlays one build applies and
    the other does not (by name); ``not_compared`` what was left out and why.
    """

    before: Index
    after: Index
    changes: tuple[Change, ...]
    overlays_added: tuple[OverlayProvenance, ...] = ()
    overlays_removed: tuple[OverlayProvenance, ...] = ()
    not_compared: tuple[NotCompared, ...] = ()

    @property
    def skipped(self) -> tuple[str, ...]:
        """The kinds not compared at all."""
        return tuple(
            item.what
            for item in self.not_compared
            if "." not in item.what and item.what != "source"
        )

    @property
    def empty(self) -> bool:
        """True when nothing at all differs, overlays and edition included."""
        return (
            not self.changes
            and not self.overlays_added
            and not self.overlays_removed
            and self.before.edition == self.after.edition
        )

    def of(self, kind: str, change: ChangeType | None = None) -> tuple[Change, ...]:
        """The changes of one kind (and one change type)."""
        return tuple(
            c for c in self.changes if c.kind == kind and (change is None or c.change == change)
        )

    def counts(self) -> dict[str, dict[ChangeType, int]]:
        """For each kind with changes: how many of each change type (cosmetic ones apart)."""
        found: dict[str, dict[ChangeType, int]] = {}
        for change in self.changes:
            if change.cosmetic:
                continue
            per_kind = found.setdefault(change.kind, dict.fromkeys(CHANGE_TYPES, 0))
            per_kind[change.change] += 1
        return found

    def cosmetic_counts(self) -> dict[str, int]:
        """For each kind: how many changes are of case or white space only."""
        found: dict[str, int] = {}
        for change in self.changes:
            if change.cosmetic:
                found[change.kind] = found.get(change.kind, 0) + 1
        return found


def _sort_key(key: Key) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in key)


_DIGEST = re.compile(r"^[0-9a-f]{12}$")


def _equal(before: Value, after: Value) -> bool:
    """Equal values; texts equal when only white space differs (the HTML and DocBook
    renderings break lines and space markup differently: PS3.3 2024c Table C.11.16-1,
    (0072,0102), where an xref was added around unchanged words), and a text equals its
    :func:`digest` (an older index kept descriptions so)."""
    if before == after:
        return True
    if isinstance(before, str) and isinstance(after, str):
        if collapsed(before) == collapsed(after):
            return True
        if _DIGEST.match(before) and not _DIGEST.match(after):
            return digest(after) == before
        if _DIGEST.match(after) and not _DIGEST.match(before):
            return digest(before) == after
    return False


def _same_words(before: Value, after: Value) -> bool:
    """True when two texts differ only in case or white space."""
    if not isinstance(before, str) or not isinstance(after, str):
        return False
    return collapsed(before).casefold() == collapsed(after).casefold()


def _compare_kind(
    kind: Kind, before: Index, after: Index, ignored: frozenset[str] = frozenset()
) -> list[Change]:
    old = before.records.get(kind.name, {})
    new = after.records.get(kind.name, {})
    old_names = before.fields.get(kind.name, ())
    new_names = after.fields.get(kind.name, ())
    common = [name for name in new_names if name in old_names and name not in ignored]
    changes: list[Change] = []
    for key in sorted(old.keys() | new.keys(), key=_sort_key):
        if key not in old:
            changes.append(
                Change(kind.name, "added", key, tuple(zip(new_names, new[key], strict=True)))
            )
            continue
        if key not in new:
            record = tuple(zip(old_names, old[key], strict=True))
            changes.append(Change(kind.name, "removed", key, record))
            continue
        differing = tuple(
            FieldChange(name, old[key][old_names.index(name)], new[key][new_names.index(name)])
            for name in common
            if not _equal(old[key][old_names.index(name)], new[key][new_names.index(name)])
        )
        if not differing:
            continue
        retired = any(
            f.name == kind.retired and f.after is True and not f.before for f in differing
        )
        record = tuple(zip(new_names, new[key], strict=True))
        cosmetic = all(_same_words(f.before, f.after) for f in differing)
        changes.append(
            Change(
                kind.name,
                "retired" if retired else "changed",
                key,
                record,
                differing,
                cosmetic=cosmetic and not retired,
            )
        )
    return changes


#: Kinds whose first key part is a PS3.3 table (a module, macro or IOD table).
_TABLE_KINDS = (
    "iod",
    "iod_module",
    "iod_functional_group",
    "module",
    "macro",
    "attribute",
    "include",
)


def _retired_tables(before: Index, after: Index) -> dict[str, str]:
    """Tables of ``before`` whose section ``after`` reduces to a "Retired. See ..." pointer."""
    sections: dict[Key, Fields] = after.records.get("retired_section", {})
    found: dict[str, str] = {}
    for kind in ("iod", "module", "macro"):
        for key in before.records.get(kind, {}):
            section = before.field(kind, key, "section")
            if (section,) in sections:
                label, title = sections[(str(section),)]
                found[str(key[0])] = (
                    f"{after.name} keeps Section {label} “{title}” only as a pointer to an "
                    "older edition (“Retired. See …”)"
                )
    return found


def _retirements(changes: list[Change], before: Index, after: Index) -> list[Change]:
    """Removed records that ``after`` says it retired, as retirements with a note."""
    tables = _retired_tables(before, after)
    codes: dict[Key, Fields] = after.records.get("retired_code", {})
    result = []
    for change in changes:
        note = ""
        if change.change == "removed":
            if change.kind in _TABLE_KINDS and str(change.key[0]) in tables:
                own = change.kind in ("iod", "module", "macro")
                note = tables[str(change.key[0])] if own else "retired with its table"
            elif change.kind == "code" and change.key in codes:
                replacement = codes[change.key][1]
                note = f"PS3.16 {after.edition} Table J-1 retires it" + (
                    f", replaced by ({replacement}, {change.key[0]})"
                    if replacement
                    else ", with no replacement"
                )
        if note:
            change = Change(
                change.kind, "retired", change.key, change.record, change.fields, note=note
            )
        result.append(change)
    return result


def _dictionary_gaps(before: Index, after: Index) -> list[NotCompared]:
    borrowed = [side for side in (before, after) if side.borrowed_dictionary]
    if not borrowed:
        return []
    reason = "; ".join(
        f"{side.name} has no Table 6-1 of its own and borrowed the "
        f"{side.dictionary.detail if side.dictionary else 'dictionary of another edition'}"
        for side in borrowed
    )
    return [
        NotCompared("element", reason),
        NotCompared("attribute.vr", reason),
        NotCompared("attribute.vm", reason),
        NotCompared("attribute.retired", reason),
    ]


def compare(before: Index, after: Index) -> Diff:
    """Everything that differs from ``before`` to ``after``.

    A kind is compared only when both builds read the Part it comes from; data
    elements (and the attribute fields taken from them) only when neither side
    borrowed another edition's Table 6-1.
    """
    changes: list[Change] = []
    not_compared = _dictionary_gaps(before, after)
    left_out = {item.what for item in not_compared}
    for kind in KINDS:
        sides = [side for side in (before, after) if kind.part not in side.parts]
        if sides:
            if len(sides) == 1:
                not_compared.append(
                    NotCompared(kind.name, f"{sides[0].name} did not read PS3.{kind.part}")
                )
            continue
        if kind.name in left_out:
            continue
        older = [side for side in (before, after) if kind.name not in side.fields]
        if older:
            not_compared.append(
                NotCompared(
                    kind.name, f"the index of {older[0].name} was written before this kind existed"
                )
            )
            continue
        ignored = frozenset(
            what.split(".", 1)[1] for what in left_out if what.startswith(f"{kind.name}.")
        )
        changes.extend(_compare_kind(kind, before, after, ignored))
    changes = _retirements(changes, before, after)
    for side in (before, after):
        not_compared.extend(NotCompared("source", f"{side.name}: {gap}") for gap in side.gaps)
    old_overlays = {o.name: o for o in before.overlays}
    new_overlays = {o.name: o for o in after.overlays}
    return Diff(
        before=before,
        after=after,
        changes=tuple(changes),
        overlays_added=tuple(o for o in after.overlays if o.name not in old_overlays),
        overlays_removed=tuple(o for o in before.overlays if o.name not in new_overlays),
        not_compared=tuple(not_compared),
    )

"""Compare two build indexes kind by kind, key by key, field by field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.diff.index import Index
from generator.diff.records import KINDS, Key, Kind, Value
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
    removed record); ``fields`` the fields that differ (retired and changed only).
    """

    kind: str
    change: ChangeType
    key: Key
    record: tuple[tuple[str, Value], ...]
    fields: tuple[FieldChange, ...] = ()

    def value(self, name: str) -> Value:
        """A field of ``record`` by name (``None`` if absent)."""
        return dict(self.record).get(name)


@dataclass(frozen=True, slots=True)
class Diff:
    """What changed from ``before`` to ``after``.

    ``overlays_added`` / ``overlays_removed`` are the overlays one build applies and
    the other does not (by name); ``skipped`` the kinds not compared because one
    side lacks the Part they come from.
    """

    before: Index
    after: Index
    changes: tuple[Change, ...]
    overlays_added: tuple[OverlayProvenance, ...] = ()
    overlays_removed: tuple[OverlayProvenance, ...] = ()
    skipped: tuple[str, ...] = ()

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
        """For each kind with changes: how many of each change type."""
        found: dict[str, dict[ChangeType, int]] = {}
        for change in self.changes:
            per_kind = found.setdefault(change.kind, dict.fromkeys(CHANGE_TYPES, 0))
            per_kind[change.change] += 1
        return found


def _sort_key(key: Key) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in key)


def _compare_kind(kind: Kind, before: Index, after: Index) -> list[Change]:
    old = before.records.get(kind.name, {})
    new = after.records.get(kind.name, {})
    old_names = before.fields.get(kind.name, ())
    new_names = after.fields.get(kind.name, ())
    common = [name for name in new_names if name in old_names]
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
            if old[key][old_names.index(name)] != new[key][new_names.index(name)]
        )
        if not differing:
            continue
        retired = any(
            f.name == kind.retired and f.after is True and not f.before for f in differing
        )
        record = tuple(zip(new_names, new[key], strict=True))
        changes.append(
            Change(kind.name, "retired" if retired else "changed", key, record, differing)
        )
    return changes


def compare(before: Index, after: Index) -> Diff:
    """Everything that differs from ``before`` to ``after``.

    A kind is compared only when both builds read the Part it comes from.
    """
    changes: list[Change] = []
    skipped: list[str] = []
    for kind in KINDS:
        if kind.part not in before.parts or kind.part not in after.parts:
            if kind.part in before.parts or kind.part in after.parts:
                skipped.append(kind.name)
            continue
        changes.extend(_compare_kind(kind, before, after))
    old_overlays = {o.name: o for o in before.overlays}
    new_overlays = {o.name: o for o in after.overlays}
    return Diff(
        before=before,
        after=after,
        changes=tuple(changes),
        overlays_added=tuple(o for o in after.overlays if o.name not in old_overlays),
        overlays_removed=tuple(o for o in before.overlays if o.name not in new_overlays),
        skipped=tuple(skipped),
    )

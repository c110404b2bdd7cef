"""Apply overlays to the documents of a build: sections, tables and rows merged by id."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.ir.standard import OverlayChange, OverlayProvenance
from generator.overlays.fragment import Fragment, RowOp, SectionOp, TableOp, read_fragment
from generator.overlays.manifest import Manifest, OverlayError
from generator.parse.columns import clean
from generator.readers.model import Document, Row, Section, Table, TableRef
from generator.readers.text import document_targets

KEY_SEPARATOR = " | "


def row_key(row: Row, columns: tuple[int, ...]) -> str:
    """The key of a row: its key columns' text, cleaned, joined by `` | ``."""
    return KEY_SEPARATOR.join(clean(row[i].text) if i < len(row) else "" for i in columns)


@dataclass(slots=True)
class _Claims:
    """Who changed what: the same row, table or section changed twice is a conflict."""

    owners: dict[tuple[str | int, ...], tuple[str, Path]] = field(default_factory=dict)
    edited: dict[tuple[int, str], set[str]] = field(default_factory=dict)

    def _take(self, key: tuple[str | int, ...], overlay: str, path: Path, what: str) -> None:
        previous = self.owners.get(key)
        if previous is not None:
            owner, where = previous
            if owner == overlay:
                raise OverlayError(f"{path}: {what} is changed twice by overlay {overlay}")
            raise OverlayError(
                f"{path}: {what} is also changed by overlay {owner} ({where}); "
                "two overlays may not touch the same row, table or section"
            )
        self.owners[key] = (overlay, path)

    def section(self, part: int, section_id: str, overlay: str, path: Path) -> None:
        self._take(("section", part, section_id), overlay, path, f"PS3.{part} {section_id}")

    def table(self, part: int, table_id: str, overlay: str, path: Path) -> None:
        others = self.edited.get((part, table_id), set()) - {overlay}
        if others:
            raise OverlayError(
                f"{path}: PS3.{part} {table_id} is replaced, but overlay {sorted(others)[0]} "
                "edits its rows; two overlays may not touch the same table"
            )
        self._take(("table", part, table_id), overlay, path, f"PS3.{part} {table_id}")

    def row(self, part: int, table_id: str, key: str, overlay: str, path: Path) -> None:
        whole = self.owners.get(("table", part, table_id))
        if whole is not None and whole[0] != overlay:
            raise OverlayError(
                f"{path}: PS3.{part} {table_id} row {key!r}: the table is replaced by overlay "
                f"{whole[0]} ({whole[1]}); two overlays may not touch the same table"
            )
        self.edited.setdefault((part, table_id), set()).add(overlay)
        what = f"PS3.{part} {table_id} row {key!r}"
        self._take(("row", part, table_id, key), overlay, path, what)


class _Editor:
    """The sections and tables of one Document while a fragment is applied to them."""

    def __init__(self, document: Document, fragment: Fragment, overlay: str, claims: _Claims):
        self.document = document
        self.sections: dict[str, Section] = dict(document.sections)
        self.tables: dict[str, Table] = dict(document.tables)
        self.fragment = fragment
        self.overlay = overlay
        self.claims = claims
        self.changes: list[OverlayChange] = []
        self.replaced: set[str] = set()

    # -- helpers -----------------------------------------------------------

    def _where(self, line: int) -> str:
        return f"{self.fragment.path}:{line}" if line else str(self.fragment.path)

    @property
    def _part(self) -> str:
        return f"PS3.{self.document.part} {self.document.edition}"

    def _change(
        self, kind: str, action: str, target: str, title: str, row: str | None = None
    ) -> None:
        self.changes.append(
            OverlayChange.model_validate(
                {
                    "part": self.document.part,
                    "kind": kind,
                    "action": action,
                    "target": target,
                    "row": row,
                    "title": title,
                }
            )
        )

    def _ancestors(self, section_id: str) -> set[str]:
        found: set[str] = set()
        current = self.sections.get(section_id)
        while current is not None and current.parent_id is not None:
            if current.parent_id in found:
                break
            found.add(current.parent_id)
            current = self.sections.get(current.parent_id)
        return found

    def _insert_section(self, section: Section, anchor: str) -> None:
        """Put ``section`` after ``anchor`` and everything below it, in document order."""
        order = list(self.sections)
        index = order.index(anchor)
        while index + 1 < len(order) and anchor in self._ancestors(order[index + 1]):
            index += 1
        order.insert(index + 1, section.id)
        self.sections[section.id] = section
        self.sections = {key: self.sections[key] for key in order}

    # -- sections ----------------------------------------------------------

    def section(self, op: SectionOp) -> None:
        if op.action == "add":
            self._add_section(op)
            return
        new = op.section
        where = self._where(op.line)
        base = self.sections.get(new.id)
        if base is None:
            verb = "replace" if op.action == "replace" else "stand in"
            raise OverlayError(f"{where}: {self._part} has no section {new.id} to {verb}")
        if new.parent_id is not None and new.parent_id != base.parent_id:
            raise OverlayError(
                f"{where}: {new.id} stands in {base.parent_id} in {self._part}, not in "
                f"{new.parent_id}"
            )
        if op.action is None:
            return
        kept = {b.table_id for b in new.blocks if isinstance(b, TableRef)}
        dropped = [
            b.table_id for b in base.blocks if isinstance(b, TableRef) and b.table_id not in kept
        ]
        if dropped:
            raise OverlayError(
                f"{where}: {new.id} holds {', '.join(dropped)} in {self._part}; the replacement "
                'must hold it too (a table with ov:action="edit" and no rows keeps it as it is)'
            )
        self.claims.section(self.document.part, new.id, self.overlay, self.fragment.path)
        self.sections[new.id] = Section(
            id=new.id,
            label=new.label or base.label,
            title=new.title or base.title,
            parent_id=base.parent_id,
            blocks=new.blocks,
        )
        self.replaced.add(new.id)
        self._change("section", "replace", new.id, self.sections[new.id].title)

    def _add_section(self, op: SectionOp) -> None:
        new = op.section
        where = self._where(op.line)
        if new.id in self.sections:
            raise OverlayError(
                f'{where}: {self._part} already has section {new.id}; use ov:action="replace"'
            )
        parent = new.parent_id or op.parent
        if new.parent_id and op.parent and new.parent_id != op.parent:
            raise OverlayError(
                f"{where}: {new.id} stands in {new.parent_id} but ov:parent says {op.parent}"
            )
        if parent is None:
            raise OverlayError(f"{where}: added section {new.id} needs a parent (ov:parent)")
        if parent not in self.sections:
            raise OverlayError(f"{where}: {self._part} has no section {parent} to add {new.id} to")
        anchor = parent
        if op.after is not None:
            sibling = self.sections.get(op.after)
            if sibling is None or sibling.parent_id != parent:
                raise OverlayError(
                    f"{where}: ov:after={op.after!r}: {self._part} has no such subsection of "
                    f"{parent}"
                )
            anchor = op.after
        else:
            children = [s.id for s in self.sections.values() if s.parent_id == parent]
            anchor = children[-1] if children else parent
        self.claims.section(self.document.part, new.id, self.overlay, self.fragment.path)
        self._insert_section(replace(new, parent_id=parent), anchor)
        self.replaced.add(new.id)
        self._change("section", "add", new.id, new.title)

    # -- tables ------------------------------------------------------------

    def table(self, op: TableOp) -> None:
        new = op.table
        where = self._where(op.line)
        if op.action == "add":
            self._add_table(op)
            return
        base = self.tables.get(new.id)
        if base is None:
            verb = "replace" if op.action == "replace" else "edit"
            raise OverlayError(f"{where}: {self._part} has no table {new.id} to {verb}")
        if new.section_id != base.section_id:
            raise OverlayError(
                f"{where}: {new.id} stands in {base.section_id} in {self._part}, not in "
                f"{new.section_id}"
            )
        if op.action == "replace":
            self.claims.table(self.document.part, new.id, self.overlay, self.fragment.path)
            self.tables[new.id] = new
            self._change("table", "replace", new.id, new.caption)
            return
        self.tables[new.id] = replace(base, rows=self._edit_rows(base, op))

    def _add_table(self, op: TableOp) -> None:
        new = op.table
        where = self._where(op.line)
        if new.id in self.tables:
            raise OverlayError(
                f'{where}: {self._part} already has table {new.id}; use ov:action="replace"'
            )
        section_id = new.section_id or ""
        section = self.sections.get(section_id)
        if section is None:
            raise OverlayError(f"{where}: {self._part} has no section {section_id} for {new.id}")
        refs = [b.table_id for b in section.blocks if isinstance(b, TableRef)]
        if section_id in self.replaced:
            if new.id not in refs:
                raise OverlayError(f"{where}: {new.id} does not stand in its section {section_id}")
        elif op.after is not None and op.after not in refs:
            raise OverlayError(f"{where}: ov:after={op.after!r}: {section_id} holds no such table")
        else:
            blocks = list(section.blocks)
            at = blocks.index(TableRef(op.after)) + 1 if op.after is not None else len(blocks)
            blocks.insert(at, TableRef(new.id))
            self.sections[section_id] = replace(section, blocks=tuple(blocks))
        self.claims.table(self.document.part, new.id, self.overlay, self.fragment.path)
        position = {sid: index for index, sid in enumerate(self.sections)}
        mine = position[section_id]
        order = list(self.tables)
        anchor = len(order)
        if op.after is not None and op.after in self.tables:
            anchor = order.index(op.after) + 1
        else:
            earlier = [
                index
                for index, tid in enumerate(order)
                if position.get(self.tables[tid].section_id or "", len(position)) <= mine
            ]
            anchor = earlier[-1] + 1 if earlier else 0
        order.insert(anchor, new.id)
        self.tables[new.id] = new
        self.tables = {key: self.tables[key] for key in order}
        self._change("table", "add", new.id, new.caption)

    def _edit_rows(self, base: Table, op: TableOp) -> tuple[Row, ...]:
        width = max((len(row) for row in (*base.header, *base.rows)), default=0)
        rows = list(base.rows)
        keys = [row_key(row, op.key) for row in rows]
        for row_op in op.rows:
            key = self._edit_row(base, op, row_op, rows, keys, width)
            self._change("row", row_op.action, base.id, base.caption, row=key)
        return tuple(rows)

    def _edit_row(
        self,
        base: Table,
        op: TableOp,
        row_op: RowOp,
        rows: list[Row],
        keys: list[str],
        width: int,
    ) -> str:
        """Apply one row edit to ``rows`` and ``keys``; return the key of the row changed."""
        path = self.fragment.path
        new_key = row_key(row_op.row, op.key)
        where = f"{path}: {base.id} row {row_op.number}"
        if len(row_op.row) != width:
            raise OverlayError(
                f"{where} ({new_key!r}) has {len(row_op.row)} cells; {base.id} has {width} columns"
            )
        part = self.document.part
        if row_op.action == "add":
            self.claims.row(part, base.id, new_key, self.overlay, path)
            if new_key in keys:
                raise OverlayError(
                    f"{path}: {base.id} row {new_key!r} already exists in {self._part}; "
                    'use ov:action="replace"'
                )
            anchor_key = row_op.after or row_op.before
            at = len(rows)
            if anchor_key is not None:
                if keys.count(anchor_key) != 1:
                    found = "no" if anchor_key not in keys else "more than one"
                    raise OverlayError(
                        f"{path}: {base.id} row {new_key!r}: {found} row {anchor_key!r} to add it "
                        f"{'after' if row_op.after else 'before'} in {self._part}"
                    )
                at = keys.index(anchor_key) + (1 if row_op.after else 0)
            rows.insert(at, row_op.row)
            keys.insert(at, new_key)
            return new_key
        target = row_op.match or new_key
        self.claims.row(part, base.id, target, self.overlay, path)
        positions = [index for index, key in enumerate(keys) if key == target]
        if not positions:
            raise OverlayError(
                f"{path}: {base.id} row {target!r}: {self._part} has no such row to {row_op.action}"
            )
        if len(positions) > 1:
            raise OverlayError(
                f"{path}: {base.id} row {target!r}: {len(positions)} rows have this key in "
                f"{self._part}; choose key columns (ov:key) that tell them apart"
            )
        index = positions[0]
        if row_op.action == "remove":
            del rows[index]
            del keys[index]
            return target
        if new_key != target and new_key in keys:
            raise OverlayError(f"{path}: {base.id} row {target!r}: its new key {new_key!r} exists")
        rows[index] = row_op.row
        keys[index] = new_key
        return target

    def result(self) -> Document:
        return replace(self.document, sections=self.sections, tables=self.tables)


def _apply_fragment(
    document: Document, fragment: Fragment, overlay: str, claims: _Claims
) -> tuple[Document, list[OverlayChange]]:
    editor = _Editor(document, fragment, overlay, claims)
    for section_op in fragment.sections:
        editor.section(section_op)
    for table_op in fragment.tables:
        editor.table(table_op)
    return editor.result(), editor.changes


def apply_overlays(
    overlays: Iterable[Manifest], documents: Mapping[int, Document], edition: str
) -> tuple[dict[int, Document], tuple[OverlayProvenance, ...]]:
    """``documents`` with every overlay applied in order, and what each changed.

    The documents given are not modified. A fragment of a Part the build does not
    read is skipped (a build limited to some Parts applies what concerns them).
    """
    result = dict(documents)
    claims = _Claims()
    provenance: list[OverlayProvenance] = []
    for manifest in overlays:
        if edition not in manifest.editions:
            raise OverlayError(
                f"{manifest.path}: overlay {manifest.name} is written against "
                f"{', '.join(manifest.editions)}, not {edition} (a later edition may hold it "
                "already)"
            )
        changes: list[OverlayChange] = []
        for fragment_file in manifest.fragments:
            document = result.get(fragment_file.part)
            if document is None:
                continue
            fragment = read_fragment(
                fragment_file.path,
                fragment_file.part,
                document.edition,
                document_targets(document),
            )
            result[fragment_file.part], made = _apply_fragment(
                document, fragment, manifest.name, claims
            )
            changes.extend(made)
        provenance.append(manifest.provenance(changes))
    return result, tuple(provenance)

"""Resolve module and macro tables into attribute trees, includes expanded.

Each attribute table is parsed once into raw rows; resolving it builds
:class:`AttributeUse` nodes whose children are the attributes of their items. An
``Include`` row is replaced by the included table's resolved attributes, each given
the include (an :class:`IncludeRef`) at the head of its ``via`` chain; a context
group the row names (``BCID 7150``) constrains the code sequence the row stands in,
so it is added to that sequence's ``cid_constraints``.

Rows nested one level below an include extend the last sequence the included macro
brings (see :mod:`generator.parse.part03.rows`). A tag that appears twice at one level
is reported where the repetition arises, unless the two come through different
conditional includes (alternatives such as the Content Item value macros).

An include of a table that is being resolved (PS3.3 has a real one: the Document
Relationship Macro includes itself for nested content items) is not expanded: it
becomes a ``recursive-include`` placeholder and is reported, so the renderer can
make it a forward reference. An include that reaches no attribute table becomes an
``unresolved-include`` placeholder and is reported. Resolved tables are memoized
unless a cycle was cut inside them (their shape depends on where the cycle was cut).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.modules import (
    AttributeUse,
    ContextGroupConstraint,
    IncludeRef,
    Placeholder,
    PlaceholderKind,
    ValueKind,
    ValueSet,
)
from generator.ir.registry import DataElement
from generator.overrides.values import value_fix
from generator.parse.part03.descriptions import cid_constraints, condition_text, description_text
from generator.parse.part03.rows import (
    RawAttribute,
    RawInclude,
    RawNode,
    RawPlaceholder,
    build_tree,
    parse_rows,
)
from generator.parse.part03.tables import TableClass, attribute_columns
from generator.parse.part03.values import ValueReader
from generator.readers.model import Document, Table


@dataclass(slots=True)
class ParsedTable:
    """One attribute table's raw rows, nested."""

    table: Table
    table_class: TableClass
    has_type_column: bool
    tree: list[RawNode]
    rows: list[RawAttribute | RawInclude | RawPlaceholder]


@dataclass(frozen=True, slots=True)
class Resolved:
    """A table's resolved top level: attributes, placeholders, and its own include rows."""

    attributes: tuple[AttributeUse, ...]
    placeholders: tuple[Placeholder, ...]
    includes: tuple[IncludeRef, ...]


@dataclass(slots=True)
class _Level:
    """What resolving one nesting level yields."""

    attributes: list[AttributeUse] = field(default_factory=list)
    placeholders: list[Placeholder] = field(default_factory=list)
    cids: list[ContextGroupConstraint] = field(default_factory=list)
    cyclic: bool = False


def _prefixed(attribute: AttributeUse, ref: IncludeRef) -> AttributeUse:
    return attribute.model_copy(
        update={
            "via": (ref, *attribute.via),
            "children": tuple(_prefixed(child, ref) for child in attribute.children),
            "placeholders": tuple(
                placeholder.model_copy(update={"via": (ref, *placeholder.via)})
                for placeholder in attribute.placeholders
            ),
        }
    )


def _with_cids(
    own: tuple[ContextGroupConstraint, ...], added: list[ContextGroupConstraint]
) -> tuple[ContextGroupConstraint, ...]:
    """A sequence's own context groups, then those its include rows name (no repeats)."""
    found = list(own)
    known = {(cid.kind, cid.cid) for cid in own}
    for cid in added:
        if (cid.kind, cid.cid) not in known:
            known.add((cid.kind, cid.cid))
            found.append(cid)
    return tuple(found)


class Resolver:
    """Parses attribute tables on demand and resolves their includes."""

    def __init__(
        self,
        document: Document,
        classes: Mapping[str, TableClass],
        dictionary: Mapping[str, DataElement],
        report: list[str],
    ) -> None:
        self.document = document
        self.classes = classes
        self.dictionary = dictionary
        self.report = report
        self.values = ValueReader(document)
        self.parsed: dict[str, ParsedTable] = {}
        self.bases: dict[tuple[str, int], AttributeUse] = {}
        self.unknown_tags: dict[str, set[str]] = {}
        self.include_refs: dict[tuple[str, int], IncludeRef] = {}
        self.unresolved: list[str] = []
        self.cycles: set[tuple[str, ...]] = set()
        self._memo: dict[str, Resolved] = {}
        self._failed: dict[str, str] = {}
        self._reported: set[str] = set()

    def where(self, table_id: str) -> str:
        """How messages name a table: ``PS3.3 2024c table_C.7-9``."""
        return f"PS3.3 {self.document.edition} {table_id}"

    def origin(self, table: Table) -> Origin:
        """The origin of a node of ``table``."""
        return Origin(
            part=3, edition=self.document.edition, table=table.id, section=table.section_id
        )

    def parse(self, table_id: str) -> ParsedTable:
        """The raw rows of one attribute table (cached); a ParseError names table and row."""
        if table_id in self.parsed:
            return self.parsed[table_id]
        if table_id in self._failed:
            raise ParseError(self._failed[table_id])
        table = self.document.table(table_id)
        table_class = self.classes[table_id]
        where = self.where(table_id)
        columns = attribute_columns(table)
        try:
            if columns is None:
                raise ParseError(
                    f"{where}: header {[c.text for c in table.header[-1]] if table.header else []}"
                    " lacks Attribute Name, Tag or Attribute Description"
                )
            if columns["type"] is None:
                self.report.append(
                    f"{where} ({table_class.name}): no Type column; attributes kept without a "
                    "type (types of normalized IODs are given by PS3.4)"
                )
            rows = parse_rows(table, columns, where, self.report)
        except ParseError as error:
            self._failed[table_id] = str(error)
            raise
        parsed = ParsedTable(
            table=table,
            table_class=table_class,
            has_type_column=columns["type"] is not None,
            tree=build_tree(rows, where, self.report),
            rows=rows,
        )
        self.parsed[table_id] = parsed
        return parsed

    def resolve(self, table_id: str) -> Resolved:
        """The table's top level, includes resolved."""
        resolved, _ = self._resolve(table_id, ())
        return resolved

    def _resolve(self, table_id: str, stack: tuple[str, ...]) -> tuple[Resolved, bool]:
        if table_id in self._memo:
            return self._memo[table_id], False
        parsed = self.parse(table_id)
        level = self._level(parsed, parsed.tree, (*stack, table_id))
        includes = tuple(
            self.include_ref(parsed, row) for row in parsed.rows if isinstance(row, RawInclude)
        )
        resolved = Resolved(tuple(level.attributes), tuple(level.placeholders), includes)
        if not level.cyclic:
            self._memo[table_id] = resolved
        return resolved, level.cyclic

    def _level(self, parsed: ParsedTable, nodes: list[RawNode], stack: tuple[str, ...]) -> _Level:
        level = _Level()
        origin = self.origin(parsed.table)
        for node in nodes:
            row = node.row
            if isinstance(row, RawAttribute):
                base = self.base(parsed, row)
                items = self._level(parsed, node.children, stack)
                level.cyclic |= items.cyclic
                cids = _with_cids(base.cid_constraints, items.cids)
                level.attributes.append(
                    base.model_copy(
                        update={
                            "children": tuple(items.attributes),
                            "placeholders": tuple(items.placeholders),
                            "cid_constraints": cids,
                        }
                    )
                )
            elif isinstance(row, RawInclude):
                ref = self.include_ref(parsed, row)
                level.cids.extend(ref.cid_constraints)
                start = len(level.attributes)
                self._include(parsed, row, ref, stack, level)
                if node.children:
                    self._extend(parsed, node, level, start, stack)
            else:
                level.placeholders.append(Placeholder(kind=row.kind, text=row.text, origin=origin))
                if row.kind is PlaceholderKind.OTHER:
                    self.report.append(
                        f"{self.where(parsed.table.id)} row {row.number}: {row.text!r} names no "
                        "attribute; kept as a placeholder"
                    )
        self._check_duplicates(parsed, level.attributes)
        return level

    def _include(
        self,
        parsed: ParsedTable,
        row: RawInclude,
        ref: IncludeRef,
        stack: tuple[str, ...],
        level: _Level,
    ) -> None:
        origin = self.origin(parsed.table)
        where = f"{self.where(parsed.table.id)} row {row.number}"
        target = row.target
        problem = None
        if target is None:
            problem = f"{row.text!r} links no table"
        elif target not in self.document.tables:
            problem = f"{row.text!r} includes {target}, which is not in the document"
        elif not self.classes[target].kind.attributes:
            problem = (
                f"{row.text!r} includes {target} ({self.classes[target].reason}), "
                "which is not an attribute table"
            )
        elif target in self._failed:
            problem = f"{row.text!r} includes {target}, which could not be parsed"
        if problem is None and target is not None and target in stack:
            cycle = (*stack[stack.index(target) :], target)
            if cycle not in self.cycles:
                self.cycles.add(cycle)
                self.report.append(
                    f"{where}: include cycle {' -> '.join(cycle)}; kept as a recursive reference"
                )
            level.cyclic = True
            level.placeholders.append(
                Placeholder(
                    kind=PlaceholderKind.RECURSIVE_INCLUDE,
                    text=row.text,
                    include=ref,
                    origin=origin,
                )
            )
            return
        if problem is None and target is not None:
            try:
                resolved, cyclic = self._resolve(target, stack)
            except ParseError as error:
                problem = f"{row.text!r} includes {target}, which could not be parsed: {error}"
            else:
                level.cyclic |= cyclic
                level.attributes.extend(_prefixed(a, ref) for a in resolved.attributes)
                level.placeholders.extend(
                    p.model_copy(update={"via": (ref, *p.via)}) for p in resolved.placeholders
                )
                return
        message = f"{where}: {problem}"
        if message not in self.unresolved:
            self.unresolved.append(message)
            self.report.append(message)
        level.placeholders.append(
            Placeholder(
                kind=PlaceholderKind.UNRESOLVED_INCLUDE, text=row.text, include=ref, origin=origin
            )
        )

    def _extend(
        self,
        parsed: ParsedTable,
        node: RawNode,
        level: _Level,
        start: int,
        stack: tuple[str, ...],
    ) -> None:
        """Rows below an include extend the last sequence the include brought."""
        items = self._level(parsed, node.children, stack)
        level.cyclic |= items.cyclic
        included = level.attributes[start:]
        position = next(
            (start + i for i in range(len(included) - 1, -1, -1) if included[i].is_sequence),
            None,
        )
        if position is None:
            self.report.append(
                f"{self.where(parsed.table.id)} row {node.row.number}: rows nested under an "
                "include that brings no sequence; kept at the include's level"
            )
            level.attributes.extend(items.attributes)
            level.placeholders.extend(items.placeholders)
            return
        sequence = level.attributes[position]
        cids = _with_cids(sequence.cid_constraints, items.cids)
        level.attributes[position] = sequence.model_copy(
            update={
                "children": (*sequence.children, *items.attributes),
                "placeholders": (*sequence.placeholders, *items.placeholders),
                "cid_constraints": cids,
            }
        )

    def _check_duplicates(self, parsed: ParsedTable, attributes: list[AttributeUse]) -> None:
        """Report a tag twice at one level, where it arises (not where it is inherited).

        Two attributes brought by different conditional includes ("Include ... if and
        only if Value Type is NUM") are alternatives, not duplicates.
        """
        seen: dict[str, AttributeUse] = {}
        for attribute in attributes:
            first = seen.setdefault(attribute.tag, attribute)
            if first is attribute:
                continue
            if first.via[:1] == attribute.via[:1] and first.via:
                continue  # inherited from the one include that brought both
            if any(v[:1] and v[0].condition for v in (first.via, attribute.via)):
                continue
            chains = [
                " -> ".join(r.table for r in a.via) or "the table" for a in (first, attribute)
            ]
            message = (
                f"{self.where(parsed.table.id)}: {attribute.tag} {attribute.name} appears twice "
                f"at one level (from {chains[0]} and from {chains[1]})"
            )
            if message not in self._reported:
                self._reported.add(message)
                self.report.append(message)

    def include_ref(self, parsed: ParsedTable, row: RawInclude) -> IncludeRef:
        """The include record of a row (cached, so that every ``via`` shares it)."""
        key = (parsed.table.id, row.number)
        if key in self.include_refs:
            return self.include_refs[key]
        description = description_text(row.description)
        target = row.target or ""
        target_class = self.classes.get(target)
        name = target_class.name if target_class is not None else row.label
        ref = IncludeRef(
            table=target,
            label=row.label,
            name=name,
            condition=row.condition or condition_text(row.description),
            cid_constraints=cid_constraints("\n".join(filter(None, (row.extra, description)))),
            description=description,
            origin=self.origin(parsed.table),
        )
        self.include_refs[key] = ref
        return ref

    def _fixed(self, value_set: ValueSet, table_id: str, tag: str) -> ValueSet:
        """The value set with the misspellings of :mod:`generator.overrides.values` fixed."""
        terms = []
        for term in value_set.terms:
            fix = value_fix(table_id, tag, term.value)
            if fix is not None:
                self.report.append(fix.describe())
                term = term.model_copy(update={"value": fix.replacement})
            terms.append(term)
        return value_set.model_copy(update={"terms": tuple(terms)})

    def base(self, parsed: ParsedTable, row: RawAttribute) -> AttributeUse:
        """The attribute of one row without its items (cached per table row)."""
        key = (parsed.table.id, row.number)
        if key in self.bases:
            return self.bases[key]
        element = self.dictionary.get(row.tag)
        if element is None:
            self.unknown_tags.setdefault(row.tag, set()).add(
                f"{parsed.table.id} row {row.number} {row.name!r}"
            )
        source = parsed.table.id
        value_sets = [
            self._fixed(value_set, parsed.table.id, row.tag)
            for value_set in self.values.read(
                row.description, row.name, row.tag, source, parsed.table
            )
        ]
        conditional = row.type is None or row.type.conditional
        base = AttributeUse(
            keyword=element.keyword if element is not None and element.keyword else None,
            name=row.name,
            tag=row.tag,
            type=row.type,
            condition=condition_text(row.description) if conditional else None,
            description=description_text(row.description),
            enumerated_values=tuple(v for v in value_sets if v.kind is ValueKind.ENUMERATED),
            defined_terms=tuple(v for v in value_sets if v.kind is ValueKind.DEFINED),
            cid_constraints=cid_constraints(description_text(row.description)),
            origin=self.origin(parsed.table),
        )
        self.bases[key] = base
        return base

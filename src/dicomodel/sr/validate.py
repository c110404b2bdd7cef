"""A content tree checked against its template (PS3.16 Section 6.1).

Rules, each citing where PS3.16 states it:

- a row of Requirement Type M is present; MC when its condition is true (Section 6.1.7);
- a row is absent when its condition forbids it (IFF false, XOR, "only if": 6.1.8);
- a row has no more content items than its VM allows (6.1.5; an INCLUDE row: invocations);
- rows hold as many content items as a condition that counts them says ("At least two
  items shall be present", "Number of instances of this row shall equal value of Row
  1, plus 1": 6.1.8), undecided when the value it counts against is missing;
- an item whose concept name is a row's but whose value type is not, is a wrong value
  type (6.1.3); with another relationship, a wrong relationship (6.1.2);
- the rows of an included template take the relationship type and mode of the INCLUDE
  row when they state none (6.1.3), so they take no item of another relationship;
- a CODE value (or a varying concept name, or NUM units) is in the row's value set:
  a Defined context group or an Enumerated Value is an error when not kept, a Baseline
  group or a Defined Term advice (6.1.4, 6.1.9);
- items no row takes are errors in a non-extensible template (6.1 "Type");
- a row whose relationship is "R-RTYPE" is met by a by-reference item only, and a
  by-value row by a by-value item (Table 6.1.3-1); a by-reference item is matched and
  checked as its target (Referenced Content Item Identifier, PS3.3 Section C.17.3.2.5),
  which must exist.

Conditions are three-valued: a condition the tree cannot decide gives an ``undecided``
finding, never an error. A condition naming a row of an enclosing level of the same
template is decided with that level's items (for a row the level descends from, the
one item it descends from). Paths read ``TID 1500 row 6 > row 8 > TID 1501 row 1``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from dicomodel.coding import Code
from dicomodel.errors import Issue, Rule, Severity
from dicomodel.sr.content import ContentItem, Num, link_references
from dicomodel.sr.template import (
    Occurrence,
    RefTuple,
    RowDef,
    TemplateDef,
    in_cid,
    load,
    match,
)

__all__ = ["validate_content"]

CONTENT_SEQUENCE = 0x0040A730
SOURCE = "PS3.16 Section 6.1"
Truth = bool | None
Bindings = dict[str, tuple[RefTuple, ...]]


@dataclass(frozen=True, slots=True)
class _Scope:
    """Where a predicate is evaluated: the level's matches, the parent item, the root;
    ``outer`` the scope of the level above in the same template invocation."""

    rows: dict[str, list[Occurrence]]
    parent: ContentItem | None
    root: ContentItem | None
    items: tuple[ContentItem, ...] = ()
    outer: _Scope | None = None


def _codes_in(code: Code | None, codes: object) -> Truth:
    if code is None:
        return False
    return (code.value, code.scheme) in {tuple(c) for c in codes}  # type: ignore[attr-defined]


def evaluate(predicate: tuple[object, ...] | None, scope: _Scope) -> Truth:
    """A row predicate, three-valued: ``None`` when the tree cannot decide it."""
    if predicate is None:
        return None
    op = predicate[0]
    if op == "row_present":
        found = _rows_named(scope, str(predicate[1]))
        return None if found is None else bool(found)
    if op in ("row_code", "row_concept"):
        found = _rows_named(scope, str(predicate[1]))
        if found is None:
            return None
        for occurrence in found:
            item = occurrence.item
            code = item.concept if op == "row_concept" and item else None
            if op == "row_code" and item is not None and isinstance(item.value, Code):
                code = item.value
            if _codes_in(code, predicate[2]):
                return True
        return False
    if op == "concept_present":
        return any(_codes_in(item.concept, predicate[1]) for item in scope.items)
    if op == "concept_code":
        named = [i for i in scope.items if _codes_in(i.concept, (predicate[1],))]
        coded = [i.value for i in named if isinstance(i.value, Code)]
        return any(_codes_in(code, predicate[2]) for code in coded)
    if op == "parent_code":
        parent = scope.parent
        if parent is None:
            return None
        return _codes_in(parent.value if isinstance(parent.value, Code) else None, predicate[1])
    if op == "root_concept":
        return None if scope.root is None else _codes_in(scope.root.concept, predicate[1])
    if op == "unknown":
        return None
    operands = predicate[1:]
    if op == "not":
        value = evaluate(operands[0], scope)  # type: ignore[arg-type]
        return None if value is None else not value
    values = [evaluate(o, scope) for o in operands]  # type: ignore[arg-type]
    if op == "and":
        return False if False in values else None if None in values else True
    if op == "or":
        return True if True in values else None if None in values else False
    return None


def _rows_named(scope: _Scope, key: str) -> list[Occurrence] | None:
    """What row ``key`` of the template got, at this level or one above (``None``: the
    row stands in no level around this one). At a level above, a row that holds the
    item this level descends from gives that item only (its value is the one meant:
    "IFF value of Row 5a = Yes" for the rows under 5a)."""
    below: _Scope | None = None
    current: _Scope | None = scope
    while current is not None:
        found = current.rows.get(key)
        if found is not None:
            if below is not None:
                mine = [o for o in found if o.item is not None and o.item is below.parent]
                if mine:
                    return mine
            return found
        below, current = current, current.outer
    return None


def _numeric_value(scope: _Scope, key: str) -> float | None:
    """The value of the NUM item row ``key`` holds, at this level or one above."""
    for occurrence in _rows_named(scope, key) or ():
        item = occurrence.item.seen if occurrence.item is not None else None
        if item is not None and isinstance(item.value, Num):
            return item.value.value
    return None


def _shown(ref: RefTuple) -> str:
    if ref[0] == "cid":
        return f"{'DCID' if ref[1] == 'D' else 'BCID' if ref[1] == 'B' else 'CID'} {ref[2]}"
    return f"{ref[1]} ({ref[2]}, {ref[3]})"


class _Walk:
    def __init__(self, root: ContentItem | None) -> None:
        self.root = root
        self.issues: list[Issue] = []

    def add(self, path: str, rule: Rule, message: str, severity: Severity = Severity.ERROR) -> None:
        self.issues.append(
            Issue(path, CONTENT_SEQUENCE, rule, message, severity=severity, source=SOURCE)
        )

    def level(
        self,
        template: TemplateDef,
        rows: dict[str, list[Occurrence]],
        unmatched: list[ContentItem],
        parent: ContentItem | None,
        path: str,
        bindings: Bindings,
        fresh: bool,
        outer: _Scope | None = None,
    ) -> None:
        items = [o.item for found in rows.values() for o in found if o.item is not None]
        scope = _Scope(rows, parent, self.root, (*items, *unmatched), outer)
        defs = [template.row(key) for key in rows]
        for row in defs:
            where = self._where(template, row, path, fresh)
            self.row(template, row, rows[row.key], scope, where, bindings)
        self.counts(template, defs, scope, path, fresh)
        for item in unmatched:
            self.stray(template, defs, item, path, fresh)

    def counts(
        self, template: TemplateDef, defs: list[RowDef], scope: _Scope, path: str, fresh: bool
    ) -> None:
        """The conditions that count items (PS3.16 Section 6.1.8: "At least two items
        shall be present ...", "Number of instances of this row shall equal value of
        Row 1, plus 1"), each checked once where its rows stand."""
        checked: set[tuple[object, ...]] = set()
        for row in defs:
            rule = row.count
            if rule is None:
                continue
            kind, rows, *numbers = rule
            keys = tuple(str(key) for key in cast("tuple[object, ...]", rows)) or (row.key,)
            if (kind, keys, *numbers) in checked:  # the rows that share it: once
                continue
            checked.add((kind, keys, *numbers))
            where = self._where(template, row, path, fresh)
            held = sum(len(scope.rows.get(key, ())) for key in keys)
            named = " and ".join(f"row {key}" for key in keys)
            held_by = f"{named} {'holds' if len(keys) == 1 else 'hold'} {held} content items"
            if kind == "count_at_least":
                least = int(str(numbers[0]))
                if held < least:
                    message = f"{held_by}, at least {least}"
                    self.add(where, Rule.VM, f"{message}: {row.condition!r}")
                continue
            counted, plus = str(numbers[0]), int(str(numbers[1]))
            value = _numeric_value(scope, counted)
            if value is None:
                self.add(
                    where,
                    Rule.VM,
                    f"cannot decide how many content items {named} should hold: row "
                    f"{counted} has no numeric value ({row.condition!r})",
                    Severity.UNDECIDED,
                )
            elif held != value + plus:
                message = f"{held_by}, {value + plus:g} expected"
                self.add(where, Rule.VM, f"{message}: {row.condition!r}")

    @staticmethod
    def _where(template: TemplateDef, row: RowDef, path: str, fresh: bool) -> str:
        step = f"TID {template.tid} row {row.key}" if fresh else f"row {row.key}"
        return f"{path} > {step}" if path else step

    def row(
        self,
        template: TemplateDef,
        row: RowDef,
        found: list[Occurrence],
        scope: _Scope,
        where: str,
        bindings: Bindings,
    ) -> None:
        required = self.required(row, scope)
        if not found:
            if required is True:
                rule = Rule.ABSENT if row.requirement == "M" else Rule.CONDITION
                self.add(where, rule, f"required row absent ({self._describe(row)})")
            elif required is None and row.requirement == "MC":
                self.add(
                    where,
                    Rule.CONDITION,
                    f"cannot decide whether the row is required: {row.condition!r}",
                    Severity.UNDECIDED,
                )
            return
        forbidden = evaluate(row.forbidden_if, scope)
        if forbidden is True:
            self.add(where, Rule.NOT_ALLOWED, f"row present although {row.condition!r} forbids it")
        if row.vm_max is not None and len(found) > row.vm_max:
            self.add(where, Rule.VM, f"{len(found)} content items, VM {self._vm(row)}")
        for index, occurrence in enumerate(found, start=1):
            here = where if len(found) == 1 else f"{where}[{index}]"
            self.occurrence(template, occurrence, here, bindings, scope)

    def required(self, row: RowDef, scope: _Scope) -> Truth:
        if row.requirement == "M":
            return True
        if row.requirement == "MC":
            if row.count is not None and row.required_if is None:
                return False  # the count decides (counts), not the row alone
            return evaluate(row.required_if, scope)
        return False

    @staticmethod
    def _vm(row: RowDef) -> str:
        high = "n" if row.vm_max is None else str(row.vm_max)
        return str(row.vm_min) if high == str(row.vm_min) else f"{row.vm_min}-{high}"

    @staticmethod
    def _describe(row: RowDef) -> str:
        if row.include:
            return f"INCLUDE TID {row.include}"
        name = row.concept.meaning if row.concept else " ".join(row.concept_ref[1:]) or "-"
        return f"{row.value_type} {name}"

    def occurrence(
        self,
        template: TemplateDef,
        occurrence: Occurrence,
        path: str,
        bindings: Bindings,
        scope: _Scope,
    ) -> None:
        row = occurrence.row
        if occurrence.included is not None:
            inner = {**bindings, **dict(row.bindings)}
            included = occurrence.included
            self.level(included, occurrence.rows, occurrence.unmatched, None, path, inner, True)
            return
        reached = occurrence.item
        item = reached.seen if reached is not None else None
        if reached is None or item is None:
            return
        relationship = reached.relationship
        if row.relationship and relationship and row.relationship != relationship:
            self.add(path, Rule.VALUE, f"relationship {relationship}, expected {row.relationship}")
        if row.varying_concept and row.concept_ref:
            self.value_set(path, "concept name", item.concept, (row.concept_ref,), bindings)
        if row.value_type == "CODE":
            code = item.value if isinstance(item.value, Code) else None
            self.value_set(path, "value", code, row.values, bindings)
        if row.value_type == "NUM" and isinstance(item.value, Num):
            self.value_set(path, "units", item.value.units, row.units, bindings)
        if occurrence.rows or occurrence.unmatched:
            self.level(
                template, occurrence.rows, occurrence.unmatched, item, path, bindings, False, scope
            )
        if template.order_significant and occurrence.rows:
            self.order(template, occurrence, path)

    def order(self, template: TemplateDef, occurrence: Occurrence, path: str) -> None:
        """Children in the order of their rows (PS3.16 Section 6.1, "Order: Significant")."""
        assert occurrence.item is not None
        position = {key: i for i, key in enumerate(r.key for r in template.rows)}
        rank = {
            id(o.item): position[key]
            for key, found in occurrence.rows.items()
            for o in found
            if o.item is not None
        }
        ranks = [rank[id(c)] for c in occurrence.item.children if id(c) in rank]
        if ranks != sorted(ranks):
            self.add(path, Rule.VALUE, "content items not in the order of their rows")

    def value_set(
        self,
        path: str,
        what: str,
        code: Code | None,
        refs: tuple[RefTuple, ...],
        bindings: Bindings,
    ) -> None:
        resolved = list(self._resolve(refs, bindings))
        if code is None or not resolved:
            return
        strict = [ref for ref in resolved if ref[1] in ("D", "EV")]
        for ref in resolved:
            if ref[0] == "code" and (code.value, code.scheme) == (ref[2], ref[3]):
                return
            if ref[0] == "cid" and in_cid(ref[2], code) is not False:
                return
        shown = " or ".join(_shown(r) for r in resolved)
        message = f"{what} ({code.value}, {code.scheme}, {code.meaning!r}) is not in {shown}"
        if strict:
            self.add(path, Rule.ENUMERATED, message)
        else:
            self.add(path, Rule.ENUMERATED, message + " (a baseline: advice)", Severity.WARNING)

    def _resolve(self, refs: tuple[RefTuple, ...], bindings: Bindings) -> Iterator[RefTuple]:
        for ref in refs:
            if ref[0] == "parameter":
                yield from self._resolve(bindings.get(ref[1], ()), {})
            elif ref[0] in ("cid", "code"):
                yield ref

    def stray(
        self, template: TemplateDef, defs: list[RowDef], item: ContentItem, path: str, fresh: bool
    ) -> None:
        reached, seen = item, item.seen
        if seen is None:
            return  # a reference to no content item: reported once, by validate_content
        for row in defs:
            if row.concept is not None and seen.concept == row.concept:
                where = self._where(template, row, path, fresh)
                if row.by_reference != (reached.reference is not None):
                    mode = "by-reference" if row.by_reference else "by-value"
                    message = f"{mode} relationship expected (PS3.16 Table 6.1.3-1)"
                    self.add(where, Rule.VALUE, message)
                    return
                if row.value_type != seen.value_type:
                    self.add(
                        where,
                        Rule.VALUE,
                        f"value type {seen.value_type}, expected {row.value_type}",
                    )
                    return
                self.add(
                    where,
                    Rule.VALUE,
                    f"relationship {item.relationship}, expected {row.relationship}",
                )
                return
        if template.extensible is False:
            name = seen.concept.meaning if seen.concept else "-"
            at = path or f"TID {template.tid}"
            self.add(
                at,
                Rule.UNKNOWN,
                f"{seen.value_type} {name!r} is in no row of the non-extensible template",
            )


def validate_content(root: ContentItem, tid: str) -> list[Issue]:
    """Every finding of the content tree ``root`` against TID ``tid``.

    ``root`` is the document's root content item (an SR document), or a container
    whose children are a content item sequence; a template with one top-level row
    matches ``root`` itself, one with several matches ``root``'s children.
    """
    template = load(tid)
    if template is None:
        return [
            Issue(
                f"TID {tid}",
                CONTENT_SEQUENCE,
                Rule.UNKNOWN,
                f"no template TID {tid} in this build",
                severity=Severity.UNDECIDED,
                source=SOURCE,
            )
        ]
    top = template.children(None)
    single = len(top) == 1 and top[0].value_type != "INCLUDE"
    walk = _Walk(root if single else None)
    for broken in link_references(root):
        shown = ".".join(str(p) for p in broken.reference or ())
        message = f"Referenced Content Item Identifier {shown} names no content item"
        walk.issues.append(
            Issue(
                f"TID {tid}",
                CONTENT_SEQUENCE,
                Rule.VALUE,
                message,
                source="PS3.3 Section C.17.3.2.5",
            )
        )
    level = match(template, None, [root] if single else root.children)
    walk.level(template, level.rows, level.unmatched, None, "", {}, True)
    return walk.issues

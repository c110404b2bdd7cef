"""Template definitions (PS3.16 Section 6.1) and how content items fall onto their rows.

``dicomodel.templates.tid<N>.TEMPLATE`` is a :class:`TemplateDef`: the rows of the
template's table as :class:`RowDef` records, generated from PS3.16. A reference
(concept name, value set, units, binding) is a tuple: ``("cid", "D", "4412")``,
``("code", "EV", value, scheme, meaning)``, ``("parameter", "$Units")``,
``("tid", "D", "1204")``, ``("row", "4")``, ``("text", "...")``. A row condition is
the runtime encoding of ``generator.ir.templates.RowPredicate``.

:func:`match` assigns the items of one level of a content tree to the rows of a
template, following INCLUDE rows into the included templates (whose rows take the
INCLUDE row's relationship when they state none); rows of fixed concept names first,
then INCLUDE rows, then rows of varying concept names, an item going to the first of
those whose value set names it (else the first it fits). It is the shared ground of
the typed parts (:mod:`dicomodel.sr.parts`) and of validation
(:mod:`dicomodel.sr.validate`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem

__all__ = ["Occurrence", "RowDef", "TemplateDef", "in_cid", "load", "match"]

RefTuple = tuple[str, ...]
MAX_INCLUDE_DEPTH = 20
"""INCLUDE rows followed at most this deep when asking what a template names (a
template may include itself: TID 4004 row 5)."""


@dataclass(frozen=True, slots=True)
class RowDef:
    """One row of a template table (PS3.16 Sections 6.1.1 to 6.1.9).

    ``concept`` is the fixed concept name (an EV or DT code); ``concept_ref`` a
    varying one (a context group, a parameter); ``include`` the TID an INCLUDE row
    names. ``required_if`` / ``forbidden_if`` are the row condition's predicates;
    ``count`` a condition on how many items rows hold: ``("count_at_least", rows, n)``
    or ``("count_is_value", rows, row, plus)`` (``rows`` empty: this row).
    """

    key: str
    nesting: int
    value_type: str
    requirement: str
    relationship: str | None = None
    by_reference: bool = False
    concept: Code | None = None
    concept_ref: RefTuple = ()
    include: str | None = None
    vm_min: int = 1
    vm_max: int | None = 1
    condition: str = ""
    condition_status: str = ""
    required_if: tuple[object, ...] | None = None
    forbidden_if: tuple[object, ...] | None = None
    count: tuple[object, ...] | None = None
    values: tuple[RefTuple, ...] = ()
    units: tuple[RefTuple, ...] = ()
    bindings: tuple[tuple[str, tuple[RefTuple, ...]], ...] = ()

    @property
    def varying_concept(self) -> bool:
        """The concept name is not one fixed code (a context group, a parameter, none)."""
        return self.concept is None


@dataclass(frozen=True, slots=True, eq=False)
class TemplateDef:
    """One template: TID, name, Type / Order / Root (PS3.16 Section 6.1) and rows.

    Each is made once, in its ``dicomodel.templates`` module: it compares and hashes as
    itself (the row lookups cached per template would otherwise hash every row).
    """

    tid: str
    name: str
    extensible: bool | None
    order_significant: bool | None
    root: bool | None
    rows: tuple[RowDef, ...]

    def children(self, key: str | None) -> tuple[RowDef, ...]:
        """The rows nested directly under row ``key`` (``None``: the top-level rows)."""
        return _children(self, key)

    def row(self, key: str) -> RowDef:
        """The row with this key."""
        return next(row for row in self.rows if row.key == key)


@cache
def _children(template: TemplateDef, key: str | None) -> tuple[RowDef, ...]:
    if key is None:
        top = min((row.nesting for row in template.rows), default=0)
        return tuple(row for row in template.rows if row.nesting == top)
    index = next(i for i, row in enumerate(template.rows) if row.key == key)
    level = template.rows[index].nesting
    found: list[RowDef] = []
    for row in template.rows[index + 1 :]:
        if row.nesting <= level:
            break
        if row.nesting == level + 1:
            found.append(row)
    return tuple(found)


def load(tid: str) -> TemplateDef | None:
    """The generated definition of TID ``tid`` (``None`` when the build has none)."""
    try:
        module = importlib.import_module(f"dicomodel.templates.tid{tid.lower()}")
    except ImportError:
        return None
    template = getattr(module, "TEMPLATE", None)
    return template if isinstance(template, TemplateDef) else None


def _no_rows() -> dict[str, list[Occurrence]]:
    return {}


def _no_items() -> list[ContentItem]:
    return []


@dataclass(slots=True)
class Occurrence:
    """What one row got: an item (and its matched children), or an included template.

    ``rows`` holds, for an item row, the matches of its child rows; for an
    INCLUDE row (``item`` ``None``), the matches of the included template's
    top-level rows (``template`` is that template).
    """

    row: RowDef
    template: TemplateDef
    item: ContentItem | None = None
    included: TemplateDef | None = None
    rows: dict[str, list[Occurrence]] = field(default_factory=_no_rows)
    unmatched: list[ContentItem] = field(default_factory=_no_items)


@dataclass(slots=True)
class Level:
    """The matches of one level of rows, and the items no row took."""

    template: TemplateDef
    rows: dict[str, list[Occurrence]] = field(default_factory=_no_rows)
    unmatched: list[ContentItem] = field(default_factory=_no_items)


def _fits(template: TemplateDef, row: RowDef, reached: ContentItem, via: Via) -> bool:
    # The relationship mode is the row's: by-value, or by-reference for "R-RTYPE"
    # (PS3.16 Table 6.1.3-1); a by-reference item is matched by its target.
    if (row.by_reference or via.by_reference) != (reached.reference is not None):
        return False
    item = reached.seen
    if item is None:
        return False
    if row.value_type != item.value_type:
        return False
    # A container naming its template (Content Template Sequence, PS3.3 Table C.18.8-1)
    # is an invocation of that template only.
    named = item.template
    if named is not None and named != template.tid and row in template.children(None):
        return False
    relationship = reached.relationship
    expected = row.relationship or via.relationship
    if None not in (expected, relationship) and expected != relationship:
        return False
    if row.concept is not None:
        return item.concept == row.concept
    return True


def _order(rows: tuple[RowDef, ...]) -> list[RowDef]:
    """Fixed concept names first, INCLUDE rows next, varying concept names last."""
    fixed = [r for r in rows if r.value_type != "INCLUDE" and not r.varying_concept]
    include = [r for r in rows if r.value_type == "INCLUDE"]
    varying = [r for r in rows if r.value_type != "INCLUDE" and r.varying_concept]
    return fixed + include + varying


class Via(NamedTuple):
    """The relationship type and mode an INCLUDE row gives the top-level rows of the
    template it includes (PS3.16 Section 6.1.3: "Relationship Type and Mode may also be
    specified when another Template is included ... in the INCLUDE Template row of the
    calling Template"); rows that state their own keep it. Through nested INCLUDE rows
    the nearest stated one holds."""

    relationship: str | None = None
    by_reference: bool = False

    def into(self, include: RowDef) -> Via:
        """What the rows of the template ``include`` names are given."""
        return Via(
            include.relationship or self.relationship, include.by_reference or self.by_reference
        )


_DIRECT = Via()


def _take(
    template: TemplateDef,
    rows: tuple[RowDef, ...],
    pool: list[ContentItem],
    via: Via = _DIRECT,
    reserved: frozenset[int] = frozenset(),
) -> Level:
    """Match ``rows`` (one level) to the items of ``pool``, taking each it matches.

    ``reserved``: the ids of items a row of varying concept name elsewhere names (of an
    enclosing level, or of a sibling INCLUDE row's template); a row of varying concept
    name here takes one only if it names it too.
    """
    level = Level(template)
    ordered = _order(rows)
    varying = [row for row in ordered if row.value_type != "INCLUDE" and row.varying_concept]
    includes = [row for row in ordered if row.value_type == "INCLUDE"]
    # Each item's varying rows: those it fits, and the first of them that names it.
    choices: dict[int, tuple[list[RowDef], RowDef | None]] = {}
    for item in pool if varying else ():
        fitting = [row for row in varying if _fits(template, row, item, via)]
        choices[id(item)] = (fitting, next((r for r in fitting if _names(r, item)), None))
    # What this level's varying rows name is kept from the included templates' varying
    # rows (TID 310: a DCID 225 NUM is row 5's, not TID 311 row 1's, DCID 221), and what
    # an INCLUDE row's template names from the others' (TID 4005: an area, DCID 7471,
    # is TID 1401's at row 8, not TID 1400's, DCID 7470, at row 7).
    named_here = {key for key, (_, named) in choices.items() if named is not None}
    named_by = (
        {row.key: {id(item) for item in pool if _include_names(row, item, via)} for row in includes}
        if len(includes) > 1
        else {}
    )
    for row in ordered:
        taken = level.rows.setdefault(row.key, [])
        if row.value_type == "INCLUDE":
            included = load(row.include or "")
            if included is None:
                continue
            others = reserved.union(
                named_here, *(ids for key, ids in named_by.items() if key != row.key)
            )
            for inner in _invocations(included, pool, via.into(row), others):
                taken.append(
                    Occurrence(
                        row, template, included=included, rows=inner.rows, unmatched=inner.unmatched
                    )
                )
        elif not row.varying_concept:
            for item in [item for item in pool if _fits(template, row, item, via)]:
                pool.remove(item)
                taken.append(_occurrence(template, row, item))
    # Rows of varying concept names last, together: an item goes to the first row whose
    # value set holds its concept name (TID 10031: Mean Absorbed Radiation Dose to row
    # 10, DCID 10061; Mean Equivalent to row 13, DCID 10062), else to the first it fits
    # (unless an enclosing level's row names it).
    for item in list(pool) if varying else ():
        fitting, named = choices[id(item)]
        if named is None and (not fitting or id(item) in reserved):
            continue
        row = named or fitting[0]
        pool.remove(item)
        level.rows[row.key].append(_occurrence(template, row, item))
    level.rows = {row.key: level.rows.get(row.key, []) for row in rows}
    return level


def _occurrence(template: TemplateDef, row: RowDef, item: ContentItem) -> Occurrence:
    """Row ``row`` met by ``item``, with the item's children matched to the row's."""
    occurrence = Occurrence(row, template, item=item)
    if item.reference is not None:
        pass  # the target's children are checked where the target stands
    elif template.children(row.key):
        inner = match(template, row.key, item.children)
        occurrence.rows = inner.rows
        occurrence.unmatched = inner.unmatched
    elif item.children:
        occurrence.unmatched = list(item.children)
    return occurrence


def _include_names(include: RowDef, item: ContentItem, via: Via, depth: int = 0) -> bool:
    """A top-level row of varying concept name of the template ``include`` names (through
    INCLUDE rows there too) takes ``item`` and names it."""
    template = load(include.include or "")
    if template is None or depth > MAX_INCLUDE_DEPTH:
        return False
    inner = via.into(include)
    for row in template.children(None):
        if row.value_type == "INCLUDE":
            if _include_names(row, item, inner, depth + 1):
                return True
        elif row.varying_concept and _fits(template, row, item, inner) and _names(row, item):
            return True
    return False


def _names(row: RowDef, item: ContentItem) -> bool:
    """The row's varying concept name is a context group or code that names the item."""
    seen = item.seen
    concept = seen.concept if seen is not None else None
    ref = row.concept_ref
    if concept is None or not ref:
        return False
    if ref[0] == "cid":
        return in_cid(ref[2], concept) is True
    if ref[0] == "code":
        return (concept.value, concept.scheme) == (ref[2], ref[3])
    return False  # a parameter or another row's value: not known here


def in_cid(cid: str, code: Code) -> bool | None:
    """Whether ``code`` is a member of CID ``cid``; ``None`` when the build lacks the CID.

    A group that comprises a coding scheme as a whole (CID 5000: RFC5646) holds every
    code of that scheme (PS3.16 Section 7.2.1).
    """
    group = _group(cid)
    if group is None:
        return None
    scheme, members = group
    if scheme is not None:
        return code.scheme == scheme
    return code in members


@cache
def _group(cid: str) -> tuple[str | None, frozenset[Code]] | None:
    """The external scheme a CID comprises, or its members (codes hash as they compare)."""
    try:
        module = importlib.import_module(f"dicomodel.codes.cid{cid}")
    except ImportError:
        return None
    members: tuple[Code, ...] = getattr(module, "MEMBERS", ())
    return getattr(module, "EXTERNAL_SCHEME", None), frozenset(members)


def _invocations(
    template: TemplateDef, pool: list[ContentItem], via: Via, reserved: frozenset[int]
) -> list[Level]:
    """The invocations of an included template among ``pool`` (taken from it), its
    top-level rows given the INCLUDE row's relationship (``via``), the items an
    enclosing level names kept from its varying rows (``reserved``, see :func:`_take`).

    A template with one top-level row is invoked once per item that row takes;
    one with several is invoked once, when any of its rows takes an item.
    """
    top = template.children(None)
    if len(top) == 1 and top[0].value_type != "INCLUDE":
        levels: list[Level] = []
        for item in list(pool):  # in order, each item its top row takes: one invocation
            level = _take(template, top, [item], via, reserved)
            if level.rows[top[0].key]:
                pool.remove(item)
                levels.append(level)
        return levels
    level = _take(template, top, pool, via, reserved)
    return [level] if any(level.rows.values()) else []


def match(template: TemplateDef, parent: str | None, items: list[ContentItem]) -> Level:
    """The rows under ``parent`` (``None``: top level) matched to ``items``."""
    pool = list(items)
    level = _take(template, template.children(parent), pool)
    level.unmatched = pool
    return level

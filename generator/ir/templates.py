"""PS3.16 templates (TIDs): content-tree definitions as typed records.

A :class:`Template` is one ``table_TID_*`` of PS3.16 with the Type / Order / Root
of its section (PS3.16 Section 6.1) and one :class:`TemplateRow` per body row:
nesting level, relationship with parent, value type, concept name, VM,
requirement type, condition and value set constraint (PS3.16 Sections 6.1.1 to
6.1.9). A row condition reads into a :data:`RowPredicate` tree over the rows of
the same template (``IF Row 2 not present``), the parent's value and the root
concept; what the grammar cannot read stays text with a reason.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from generator.ir.base import Origin, Record

Strength = Literal["EV", "DT", "D", "B", ""]
"""How a coded reference binds (PS3.16 Section 6.1.4 and 6.1.9).

``EV`` Enumerated Value (this code), ``DT`` Defined Term (this code or another),
``D`` a Defined context group or template (DCID, DTID), ``B`` a Baseline one
(BCID, BTID: others may be used), ``""`` as printed without a prefix.
"""

RefKind = Literal["code", "cid", "tid", "parameter", "row", "text"]
Requirement = Literal["M", "MC", "U", "UC"]
ValueType = Literal[
    "CONTAINER",
    "TEXT",
    "CODE",
    "NUM",
    "DATETIME",
    "DATE",
    "TIME",
    "UIDREF",
    "PNAME",
    "COMPOSITE",
    "IMAGE",
    "WAVEFORM",
    "SCOORD",
    "SCOORD3D",
    "TCOORD",
    "TABLE",
    "INCLUDE",
]
"""PS3.3 Section C.17.3.2.1 value types, plus ``INCLUDE`` (PS3.16 Section 6.1.3)."""

Relationship = Literal[
    "CONTAINS",
    "HAS PROPERTIES",
    "HAS CONCEPT MOD",
    "HAS OBS CONTEXT",
    "HAS ACQ CONTEXT",
    "INFERRED FROM",
    "SELECTED FROM",
]
"""PS3.3 Section C.17.3.2.4 relationship types."""


class Ref(Record):
    """A concept name, value, context group, template or parameter as a cell names it.

    ``kind``: ``code`` (``value``, ``scheme``, ``meaning``), ``cid`` / ``tid``
    (``number``: ``"4412"``, ``"10003A"``), ``parameter`` (``$Measurement``),
    ``row`` ("The value of Row 4": ``number`` is the row key) or ``text`` (free
    text the grammar does not read: ``text`` is all there is).
    """

    kind: RefKind
    strength: Strength = ""
    value: str = ""
    scheme: str = ""
    meaning: str = ""
    number: str = ""
    text: str = ""

    def describe(self) -> str:
        """``EV (126010, DCM, "Imaging Measurements")``, ``DCID 4412``, ``$Units``."""
        prefix = f"{self.strength} " if self.strength in ("EV", "DT") else self.strength
        if self.kind == "code":
            return f'{prefix}({self.value}, {self.scheme}, "{self.meaning}")'.lstrip()
        if self.kind in ("cid", "tid"):
            return f"{prefix}{self.kind.upper()} {self.number}"
        if self.kind == "parameter":
            return self.value
        if self.kind == "row":
            return f"value of Row {self.number}"
        return self.text


class Binding(Record):
    """A parameter binding of an INCLUDE row: ``$Units = BCID 7181``."""

    parameter: str
    values: tuple[Ref, ...]


class ValueSet(Record):
    """The Value Set Constraint column of one row (PS3.16 Section 6.1.9).

    ``values``: the allowed concepts (context groups, codes, a parameter), in the
    order printed; ``units`` the constraint on a NUM's units (Section 6.1.9.1);
    ``default``: "Defaults to ..." as text; ``bindings`` the parameter bindings of
    an INCLUDE row; ``notes`` what is text only (graphic type, value ranges,
    prose); ``root`` marks the "Root node" note.
    """

    values: tuple[Ref, ...] = ()
    units: tuple[Ref, ...] = ()
    default: str = ""
    bindings: tuple[Binding, ...] = ()
    notes: tuple[str, ...] = ()
    root: bool = False


class RowPresent(Record):
    """The row (``row`` key, ``tid`` for another template's row) has a content item."""

    op: Literal["row_present"] = "row_present"
    row: str
    tid: str = ""

    def to_runtime(self) -> tuple[object, ...]:
        return ("row_present", self.row)

    def describe(self) -> str:
        return f"row {self.row} present"


class RowCode(Record):
    """The row's content item has one of these coded values (``(value, scheme)``)."""

    op: Literal["row_code"] = "row_code"
    row: str
    codes: tuple[tuple[str, str], ...]

    def to_runtime(self) -> tuple[object, ...]:
        return ("row_code", self.row, self.codes)

    def describe(self) -> str:
        codes = ", ".join(f"({v}, {s})" for v, s in self.codes)
        return f"row {self.row} value in {{{codes}}}"


class RowConcept(Record):
    """The row's content item has one of these concept names (``(value, scheme)``)."""

    op: Literal["row_concept"] = "row_concept"
    row: str
    codes: tuple[tuple[str, str], ...]

    def to_runtime(self) -> tuple[object, ...]:
        return ("row_concept", self.row, self.codes)

    def describe(self) -> str:
        codes = ", ".join(f"({v}, {s})" for v, s in self.codes)
        return f"row {self.row} concept in {{{codes}}}"


class ConceptPresent(Record):
    """A sibling content item with one of these concept names is present."""

    op: Literal["concept_present"] = "concept_present"
    codes: tuple[tuple[str, str], ...]

    def to_runtime(self) -> tuple[object, ...]:
        return ("concept_present", self.codes)

    def describe(self) -> str:
        codes = ", ".join(f"({v}, {s})" for v, s in self.codes)
        return f"item with concept in {{{codes}}} present"


class ConceptCode(Record):
    """The sibling content item with concept name ``concept`` has one of these values."""

    op: Literal["concept_code"] = "concept_code"
    concept: tuple[str, str]
    codes: tuple[tuple[str, str], ...]

    def to_runtime(self) -> tuple[object, ...]:
        return ("concept_code", self.concept, self.codes)

    def describe(self) -> str:
        codes = ", ".join(f"({v}, {s})" for v, s in self.codes)
        return f"value of ({self.concept[0]}, {self.concept[1]}) in {{{codes}}}"


class ParentCode(Record):
    """The parent content item (the row's source) has one of these coded values."""

    op: Literal["parent_code"] = "parent_code"
    codes: tuple[tuple[str, str], ...]

    def to_runtime(self) -> tuple[object, ...]:
        return ("parent_code", self.codes)

    def describe(self) -> str:
        codes = ", ".join(f"({v}, {s})" for v, s in self.codes)
        return f"parent value in {{{codes}}}"


class RootConcept(Record):
    """The document root's Concept Name Code Sequence is one of these codes."""

    op: Literal["root_concept"] = "root_concept"
    codes: tuple[tuple[str, str], ...]

    def to_runtime(self) -> tuple[object, ...]:
        return ("root_concept", self.codes)

    def describe(self) -> str:
        codes = ", ".join(f"({v}, {s})" for v, s in self.codes)
        return f"root concept in {{{codes}}}"


class Unknown(Record):
    """A part the content tree cannot decide (or the grammar does not read)."""

    op: Literal["unknown"] = "unknown"
    reason: str

    def to_runtime(self) -> tuple[object, ...]:
        return ("unknown", self.reason)

    def describe(self) -> str:
        return f"unknown({self.reason})"


class RowAnd(Record):
    """All operands hold."""

    op: Literal["and"] = "and"
    operands: tuple[RowPredicate, ...]

    def to_runtime(self) -> tuple[object, ...]:
        return ("and", *(o.to_runtime() for o in self.operands))

    def describe(self) -> str:
        return " and ".join(o.describe() for o in self.operands)


class RowOr(Record):
    """At least one operand holds."""

    op: Literal["or"] = "or"
    operands: tuple[RowPredicate, ...]

    def to_runtime(self) -> tuple[object, ...]:
        return ("or", *(o.to_runtime() for o in self.operands))

    def describe(self) -> str:
        return " or ".join(o.describe() for o in self.operands)


class RowNot(Record):
    """The operand does not hold."""

    op: Literal["not"] = "not"
    operand: RowPredicate

    def to_runtime(self) -> tuple[object, ...]:
        return ("not", self.operand.to_runtime())

    def describe(self) -> str:
        return f"not ({self.operand.describe()})"


RowPredicate = Annotated[
    RowPresent
    | RowCode
    | RowConcept
    | ConceptPresent
    | ConceptCode
    | ParentCode
    | RootConcept
    | Unknown
    | RowAnd
    | RowOr
    | RowNot,
    Field(discriminator="op"),
]
RowAnd.model_rebuild()
RowOr.model_rebuild()
RowNot.model_rebuild()

ConditionStatus = Literal["parsed", "undecidable", "unparsed"]


class RowCount(Record):
    """A condition that counts content items (PS3.16 Section 6.1.8), checked at the
    level of the rows it names, not as a row's presence.

    ``at_least``: the rows together hold at least that many items ("At least two items
    shall be present: two of Row 5, two of Row 6, or one of each"); ``value_of``: the
    row holds as many items as the value of that NUM row plus ``plus`` ("Number of
    instances of this row shall equal value of Row 1, plus 1"). ``rows`` empty: the
    row the condition stands in.
    """

    rows: tuple[str, ...] = ()
    at_least: int | None = None
    value_of: str | None = None
    plus: int = 0

    def to_runtime(self) -> tuple[object, ...]:
        if self.value_of is not None:
            return ("count_is_value", self.rows, self.value_of, self.plus)
        return ("count_at_least", self.rows, self.at_least)

    def describe(self) -> str:
        rows = ", ".join(self.rows) or "this row"
        if self.value_of is not None:
            return f"items of {rows} = value of row {self.value_of} + {self.plus}"
        return f"items of rows {rows} >= {self.at_least}"


class RowCondition(Record):
    """A row condition as a rule (PS3.16 Section 6.1.8).

    ``required``: when the row shall be present (MC) or may be present (UC);
    ``forbidden``: when it shall not be (IFF false, XOR with another row
    present, "May be present only if"); ``status`` as for PS3.3 conditions:
    ``undecidable`` when a part depends on facts outside the content tree,
    ``unparsed`` when the grammar could not read the text (``reasons`` say why).
    ``count``: a condition on how many items rows hold (:class:`RowCount`).
    """

    status: ConditionStatus
    text: str
    required: RowPredicate | None = None
    forbidden: RowPredicate | None = None
    count: RowCount | None = None
    reasons: tuple[str, ...] = ()


class TemplateRow(Record):
    """One body row of a template table.

    ``key`` is the row's label as printed (``"6"``, ``"6b"``); ``nesting`` the
    number of ``>`` (0 for a top-level row); ``relationship`` with the parent
    (``by_reference`` for ``R-``: by-reference relationship, PS3.16 Section 6.1.2);
    ``concept`` the concept name (an INCLUDE row: the template it includes, as
    ``kind="tid"``); ``vm_min``/``vm_max`` the VM (``vm_max`` ``None`` for n).
    ``problems`` names every cell the parser could not read completely.
    """

    key: str
    nesting: int
    relationship: Relationship | None = None
    by_reference: bool = False
    value_type: ValueType
    concept: Ref | None = None
    vm_min: int = 1
    vm_max: int | None = 1
    requirement: Requirement
    condition: RowCondition | None = None
    value_set: ValueSet = ValueSet()
    problems: tuple[str, ...] = ()


class TemplateParameter(Record):
    """One row of a template's Parameters table: ``$Measurement`` and its usage."""

    name: str
    usage: str


class Template(Record):
    """One PS3.16 template (``table_TID_<tid>``), with its section's Type/Order/Root.

    ``tid`` is the number as published (``"1500"``, ``"10003A"``); ``extensible``,
    ``order_significant`` and ``root`` are ``None`` when the section does not state
    them. ``problems`` lists what could not be parsed (rows' and the template's).
    """

    tid: str
    name: str
    extensible: bool | None = None
    order_significant: bool | None = None
    root: bool | None = None
    parameters: tuple[TemplateParameter, ...] = ()
    rows: tuple[TemplateRow, ...] = ()
    problems: tuple[str, ...] = ()
    origin: Origin

    @property
    def complete(self) -> bool:
        """Every row and the header parsed with nothing left as a problem."""
        return not self.problems and not any(row.problems for row in self.rows)

"""PS3.3 as a resolved tree: IODs, their modules and functional groups, modules and macros.

Every attribute table of PS3.3 becomes a :class:`Module` or a :class:`Macro` whose
``attributes`` are :class:`AttributeUse` trees with every ``Include`` row resolved:
the included macro's attributes stand where the row stood, and each remembers the
chain of includes it came through (``via``). An :class:`IOD` lists its
:class:`ModuleUse` rows (resolved to module tables) and, for the enhanced multi-frame
IODs, its :class:`FunctionalGroupUse` rows (resolved to macro tables).

Attribute type (PS3.5 7.4) and module usage (PS3.3 A.1.3) are closed vocabularies:
enums with exhaustive parsing that raise :class:`~generator.errors.ParseError`.
"""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import Field

from generator.errors import ParseError
from generator.ir.base import Origin, Record
from generator.ir.conditions import ConditionRule
from generator.ir.registry import TAG_PATTERN


class AttributeType(StrEnum):
    """The Type of an attribute in a module or macro table (PS3.5 Section 7.4)."""

    TYPE_1 = "1"
    TYPE_1C = "1C"
    TYPE_2 = "2"
    TYPE_2C = "2C"
    TYPE_3 = "3"

    @property
    def conditional(self) -> bool:
        """True for 1C and 2C, whose description carries a condition."""
        return self.value.endswith("C")

    @property
    def strictness(self) -> int:
        """0 for the strictest (1) to 4 for the loosest (3), in PS3.5 order 1, 1C, 2, 2C, 3."""
        return _TYPE_ORDER.index(self)


_TYPE_ORDER = (
    AttributeType.TYPE_1,
    AttributeType.TYPE_1C,
    AttributeType.TYPE_2,
    AttributeType.TYPE_2C,
    AttributeType.TYPE_3,
)


def parse_attribute_type(text: str, where: str) -> AttributeType:
    """``"1C"`` -> ``AttributeType.TYPE_1C``; spacing and case are forgiven, nothing else."""
    cleaned = "".join(text.split()).upper()
    try:
        return AttributeType(cleaned)
    except ValueError:
        raise ParseError(f"{where}: Type {text!r} is not one of 1, 1C, 2, 2C, 3") from None


class Usage(StrEnum):
    """Usage of a module in an IOD or of a functional group macro (PS3.3 A.1.3)."""

    MANDATORY = "M"
    CONDITIONAL = "C"
    USER_OPTION = "U"


_USAGE = re.compile(r"^\s*(?P<letter>[MCU])\b\s*(?:[-\u2013\u2014:]\s*)?(?P<rest>.*)$", re.DOTALL)


def parse_usage(text: str, where: str) -> tuple[Usage, str | None]:
    """``"C - Required if ..."`` -> ``(Usage.CONDITIONAL, "Required if ...")``.

    The text after the letter (its condition for C, a note for M or U) is returned
    whitespace-normalized, or ``None`` when there is none.
    """
    match = _USAGE.match(text)
    if not match:
        raise ParseError(f"{where}: usage {text!r} does not start with M, C or U")
    rest = " ".join(match.group("rest").split())
    return Usage(match.group("letter")), rest or None


class ContextGroupKind(StrEnum):
    """How a context group constrains a code sequence (PS3.3 Section 5.4, PS3.16)."""

    BASELINE = "B"
    DEFINED = "D"
    ENUMERATED = "E"


class ContextGroupConstraint(Record):
    """``BCID 7150``: a context group that constrains a code sequence's items."""

    kind: ContextGroupKind
    cid: int
    text: str = Field(description="the sentence that states the constraint")


class ValueKind(StrEnum):
    """Enumerated Values are closed; Defined Terms may be extended."""

    ENUMERATED = "enumerated"
    DEFINED = "defined"


class Term(Record):
    """One value of a value set and its meaning as published."""

    value: str
    meaning: str = ""
    retired: bool = False


class ValueSet(Record):
    """Enumerated Values or Defined Terms, for all values or for one value index.

    ``value_index`` is ``None`` when the set applies to every value, else the
    1-based index of the value it constrains (Image Type Value 3). ``condition``
    is the qualifying text of the list's title ("if Bits Stored = 8").
    ``source`` is the table (cell) or section or value table it was read from.
    """

    kind: ValueKind
    value_index: int | None = None
    terms: tuple[Term, ...]
    condition: str | None = None
    source: str

    @property
    def values(self) -> tuple[str, ...]:
        """The bare values, in published order."""
        return tuple(term.value for term in self.terms)


class IncludeRef(Record):
    """An ``Include`` row: the macro table it names and what the row adds to it.

    ``condition`` is the row's own condition ("if and only if Value Type ... is
    NUM", or "Required if ..." in its description); ``cid_constraints`` the context
    groups the row imposes on the code sequence it stands in; ``description`` the
    row's description cell. ``origin`` is the table holding the row.
    """

    table: str
    label: str
    name: str
    condition: str | None = None
    cid_constraints: tuple[ContextGroupConstraint, ...] = ()
    description: str = ""
    origin: Origin
    rule: ConditionRule | None = None


class PlaceholderKind(StrEnum):
    """Rows of an attribute table that stand for attributes without naming them."""

    FUNCTIONAL_GROUP_MACROS = "functional-group-macros"
    ANY_ATTRIBUTES = "any-attributes"
    HEADING = "heading"
    RECURSIVE_INCLUDE = "recursive-include"
    UNRESOLVED_INCLUDE = "unresolved-include"
    OTHER = "other"


class Placeholder(Record):
    """A row that names no attribute: "Include one or more Functional Group Macros",
    "Any Attribute from the top level Data Set ...", a heading, or an include that
    was not expanded (``include`` set: a recursive or an unresolvable one)."""

    kind: PlaceholderKind
    text: str
    include: IncludeRef | None = None
    via: tuple[IncludeRef, ...] = ()
    origin: Origin


class AttributeUse(Record):
    """One attribute row of a module or macro table, with its sequence items resolved.

    ``keyword`` comes from the data dictionary (``None`` when it does not know the
    tag; the parse reports every such tag). ``type`` is ``None`` in tables without a
    Type column (the normalized IOD modules, whose types PS3.4 gives).
    ``children`` are the attributes of the sequence's items, includes resolved;
    ``via`` is the chain of includes from the table being described down to the
    table that holds the row (empty for a row of the table itself). ``rule`` is the
    condition read as a rule (rows of Type 1C/2C or with a condition; set after parsing,
    :func:`generator.conditions.attach.attach_rules`).
    """

    keyword: str | None
    name: str
    tag: str = Field(pattern=TAG_PATTERN)
    type: AttributeType | None
    condition: str | None = None
    description: str = ""
    enumerated_values: tuple[ValueSet, ...] = ()
    defined_terms: tuple[ValueSet, ...] = ()
    cid_constraints: tuple[ContextGroupConstraint, ...] = ()
    children: tuple[AttributeUse, ...] = ()
    placeholders: tuple[Placeholder, ...] = ()
    via: tuple[IncludeRef, ...] = ()
    origin: Origin
    rule: ConditionRule | None = None

    @property
    def is_sequence(self) -> bool:
        """True when the row has items (children or placeholders) or is named a Sequence."""
        return bool(self.children or self.placeholders) or self.name.endswith("Sequence")

    @property
    def cid_constraint(self) -> ContextGroupConstraint | None:
        """The one context group constraint, or ``None`` when there are none or several."""
        return self.cid_constraints[0] if len(self.cid_constraints) == 1 else None

    def values_for(self, kind: ValueKind, index: int | None = None) -> tuple[str, ...]:
        """The values of ``kind`` that apply to ``index`` (or to all values, ``None``)."""
        sets = self.enumerated_values if kind is ValueKind.ENUMERATED else self.defined_terms
        values: list[str] = []
        for value_set in sets:
            if value_set.value_index == index:
                values.extend(v for v in value_set.values if v not in values)
        return tuple(values)

    def walk(self) -> tuple[AttributeUse, ...]:
        """This attribute and all its descendants, depth first."""
        found: list[AttributeUse] = [self]
        for child in self.children:
            found.extend(child.walk())
        return tuple(found)


class AttributeTable(Record):
    """A module or macro table: its resolved attributes and what it includes.

    ``includes`` are the table's own Include rows at any depth, as written, and
    ``placeholders`` its top-level rows that name no attribute.
    """

    name: str
    table: str
    label: str
    caption: str
    section: str | None
    has_type_column: bool = True
    attributes: tuple[AttributeUse, ...]
    includes: tuple[IncludeRef, ...] = ()
    placeholders: tuple[Placeholder, ...] = ()
    origin: Origin

    def walk(self) -> tuple[AttributeUse, ...]:
        """Every attribute at every depth, depth first."""
        found: list[AttributeUse] = []
        for attribute in self.attributes:
            found.extend(attribute.walk())
        return tuple(found)

    def attribute(self, tag: str) -> AttributeUse:
        """The top-level attribute with this tag, or a ``KeyError`` naming the table."""
        for attribute in self.attributes:
            if attribute.tag == tag:
                return attribute
        raise KeyError(f"{self.table} ({self.caption}): no top-level attribute {tag}")


class Module(AttributeTable):
    """A "... Module Attributes" table."""


class Macro(AttributeTable):
    """A "... Macro Attributes" table (functional group macros included)."""


class ModuleUse(Record):
    """One row of an IOD module table.

    ``reference`` is the section the row links; ``module_table`` the module's
    attribute table found in it (``None`` if none was found: reported).
    ``usage`` is ``None`` in tables without a Usage column (normalized IODs), whose
    ``description`` column is kept instead. ``rule`` is the usage condition read as a
    rule (usage C, or a note of M/U that states one).
    """

    ie: str | None
    name: str
    reference: str | None
    module_table: str | None
    usage: Usage | None
    condition: str | None = None
    description: str | None = None
    origin: Origin
    rule: ConditionRule | None = None


class FunctionalGroupSharing(StrEnum):
    """Where a functional group macro may stand (the notes of its usage cell)."""

    EITHER = "either"
    SHARED = "shared"
    PER_FRAME = "per-frame"


_PER_FRAME_ONLY = re.compile(
    r"(shall not|may not) be used as a shared|shall be used as a per-frame", re.IGNORECASE
)
_SHARED_ONLY = re.compile(
    r"shall be used as a shared|(shall not|may not) be used as a per-frame", re.IGNORECASE
)


def functional_group_sharing(note: str | None) -> FunctionalGroupSharing:
    """Read "shall (not) be used as a shared functional group" from a usage note."""
    if note and _PER_FRAME_ONLY.search(note):
        return FunctionalGroupSharing.PER_FRAME
    if note and _SHARED_ONLY.search(note):
        return FunctionalGroupSharing.SHARED
    return FunctionalGroupSharing.EITHER


class FunctionalGroupUse(Record):
    """One row of an IOD's functional group macro table (``rule``: its condition as a rule)."""

    name: str
    reference: str | None
    macro_table: str | None
    usage: Usage
    condition: str | None = None
    sharing: FunctionalGroupSharing = FunctionalGroupSharing.EITHER
    origin: Origin
    rule: ConditionRule | None = None


class IOD(Record):
    """An IOD module table ("... IOD Modules") with its functional groups, if any.

    ``name`` is the caption without "IOD Modules" ("CT Image"); ``section`` is the
    section holding the module table (``sect_A.3.3``), a subsection of the IOD's own
    section (``sect_A.3``, which PS3.4 links).
    """

    name: str
    table: str
    label: str
    section: str | None
    modules: tuple[ModuleUse, ...]
    functional_groups: tuple[FunctionalGroupUse, ...] = ()
    functional_groups_table: str | None = None
    origin: Origin

    def module_use(self, name: str) -> ModuleUse:
        """The module row with this name, or a ``KeyError`` naming the IOD."""
        for use in self.modules:
            if use.name == name:
                return use
        raise KeyError(f"{self.table} ({self.name} IOD): no module {name!r}")

    def functional_group(self, name: str) -> FunctionalGroupUse:
        """The functional group row with this name, or a ``KeyError`` naming the IOD."""
        for use in self.functional_groups:
            if use.name == name:
                return use
        raise KeyError(f"{self.functional_groups_table} ({self.name} IOD): no macro {name!r}")

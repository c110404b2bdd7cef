"""Conditions of PS3.3 as typed predicates: the records a :class:`ConditionRule` is made of.

A condition ("Required if ...", module usage C, "Shall not be present if ...",
"May be present otherwise") becomes a :class:`ConditionRule` whose parts are
:data:`Predicate` trees. Each predicate knows its runtime encoding
(:meth:`to_runtime`: a tuple of str/int/float, the contract shared with
``src/dicomodel/conditions``) and reads as a short expression (:meth:`describe`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from generator.ir.base import Record

TagPath = tuple[int, ...]
"""A tag (one element) or a nested attribute named through its sequences, outer first."""

Scalar = str | int | float
Runtime = tuple[object, ...]
ComparisonOp = Literal["<", "<=", ">", ">=", "==", "!="]
RuleStatus = Literal["parsed", "undecidable", "unparsed"]
Otherwise = Literal["may", "shall_not"]


def tag_text(tag: int) -> str:
    """``0x00180015`` -> ``(0018,0015)``."""
    return f"({tag >> 16:04X},{tag & 0xFFFF:04X})"


def path_text(path: TagPath) -> str:
    """``(0008,1140)>(0008,1150)``."""
    return ">".join(tag_text(tag) for tag in path)


def _runtime_tag(path: TagPath) -> int | tuple[int, ...]:
    return path[0] if len(path) == 1 else path


def _value_text(value: Scalar, as_tag: bool) -> str:
    if as_tag and isinstance(value, int):
        return tag_text(value)
    return repr(value) if isinstance(value, str) else str(value)


class Present(Record):
    """The attribute is present (in this item, else the nearest enclosing data set)."""

    op: Literal["present"] = "present"
    tag: TagPath

    def to_runtime(self) -> Runtime:
        return ("present", _runtime_tag(self.tag))

    def describe(self) -> str:
        return f"present {path_text(self.tag)}"


class HasValue(Record):
    """The attribute is present with a non-empty value."""

    op: Literal["has_value"] = "has_value"
    tag: TagPath

    def to_runtime(self) -> Runtime:
        return ("has_value", _runtime_tag(self.tag))

    def describe(self) -> str:
        return f"has value {path_text(self.tag)}"


class ValueIn(Record):
    """One value (``index`` 1-based) or any value (``index`` 0) is / is not one of ``values``.

    ``as_tag`` marks the values of an AT attribute (tags), for the readable form only.
    """

    op: Literal["value"] = "value"
    tag: TagPath
    index: int = 0
    test: Literal["in", "not_in"] = "in"
    values: tuple[Scalar, ...]
    as_tag: bool = False

    def to_runtime(self) -> Runtime:
        return ("value", _runtime_tag(self.tag), self.index, self.test, self.values)

    def describe(self) -> str:
        where = path_text(self.tag) if self.index == 0 else f"{path_text(self.tag)}[{self.index}]"
        values = ", ".join(_value_text(v, self.as_tag) for v in self.values)
        verb = "in" if self.test == "in" else "not in"
        return f"{where} {verb} {{{values}}}"


class Compare(Record):
    """A numeric value (``index`` 1-based, 0 for any) compared with a number."""

    op: Literal["compare"] = "compare"
    tag: TagPath
    index: int = 1
    comparison: ComparisonOp
    number: int | float

    def to_runtime(self) -> Runtime:
        return ("compare", _runtime_tag(self.tag), self.index, self.comparison, self.number)

    def describe(self) -> str:
        where = path_text(self.tag) if self.index == 0 else f"{path_text(self.tag)}[{self.index}]"
        return f"{where} {self.comparison} {self.number}"


class ItemCount(Record):
    """The number of items of a sequence compared with a number."""

    op: Literal["items"] = "items"
    tag: TagPath
    comparison: ComparisonOp
    count: int

    def to_runtime(self) -> Runtime:
        return ("items", _runtime_tag(self.tag), self.comparison, self.count)

    def describe(self) -> str:
        return f"items of {path_text(self.tag)} {self.comparison} {self.count}"


class CodeIn(Record):
    """A code sequence has an item whose (Code Value, Coding Scheme Designator) is one of."""

    op: Literal["code"] = "code"
    tag: TagPath
    codes: tuple[tuple[str, str], ...]

    def to_runtime(self) -> Runtime:
        return ("code", _runtime_tag(self.tag), self.codes)

    def describe(self) -> str:
        codes = ", ".join(f"({value}, {scheme})" for value, scheme in self.codes)
        return f"{path_text(self.tag)} has code in {{{codes}}}"


class SOPClassIn(Record):
    """The SOP Class UID of the root data set is one of ``uids``."""

    op: Literal["sop_class"] = "sop_class"
    uids: tuple[str, ...]

    def to_runtime(self) -> Runtime:
        return ("sop_class", self.uids)

    def describe(self) -> str:
        return f"SOP Class UID in {{{', '.join(self.uids)}}}"


class IODIn(Record):
    """The IOD being validated is one of ``names`` (PS3.3 names without " IOD")."""

    op: Literal["iod"] = "iod"
    names: tuple[str, ...]

    def to_runtime(self) -> Runtime:
        return ("iod", self.names)

    def describe(self) -> str:
        return f"IOD in {{{', '.join(self.names)}}}"


class ModulePresent(Record):
    """Module ``name`` (without " Module") is present in the object."""

    op: Literal["module"] = "module"
    name: str

    def to_runtime(self) -> Runtime:
        return ("module", self.name)

    def describe(self) -> str:
        return f"module {self.name!r} present"


class FunctionalGroupPresent(Record):
    """Functional group macro ``name`` is present in the shared or per-frame groups."""

    op: Literal["functional_group"] = "functional_group"
    name: str

    def to_runtime(self) -> Runtime:
        return ("functional_group", self.name)

    def describe(self) -> str:
        return f"functional group {self.name!r} present"


class TransferSyntaxIn(Record):
    """The data set is encoded in one of these Transfer Syntaxes (decided by the context)."""

    op: Literal["transfer_syntax"] = "transfer_syntax"
    uids: tuple[str, ...]

    def to_runtime(self) -> Runtime:
        return ("transfer_syntax", self.uids)

    def describe(self) -> str:
        return f"Transfer Syntax in {{{', '.join(self.uids)}}}"


class EncodingContext(Record):
    """The data set travels in encoding context ``name`` (decided by the read/write context).

    ``"stow-rs-metadata"``: as the metadata part of a STOW-RS request (PS3.18
    Section 10.5), false for a Part 10 file or an object in memory.
    """

    op: Literal["context"] = "context"
    name: str

    def to_runtime(self) -> Runtime:
        return ("context", self.name)

    def describe(self) -> str:
        return f"encoded as {self.name}"


class ItemIndex(Record):
    """The 1-based index of the current item in its sequence compared with a number."""

    op: Literal["item_index"] = "item_index"
    comparison: ComparisonOp
    number: int

    def to_runtime(self) -> Runtime:
        return ("item_index", self.comparison, self.number)

    def describe(self) -> str:
        return f"item index {self.comparison} {self.number}"


class Unknown(Record):
    """A part the data set cannot decide; ``reason`` says what it depends on."""

    op: Literal["unknown"] = "unknown"
    reason: str

    def to_runtime(self) -> Runtime:
        return ("unknown", self.reason)

    def describe(self) -> str:
        return f"unknown({self.reason})"


class And(Record):
    """All operands hold."""

    op: Literal["and"] = "and"
    operands: tuple[Predicate, ...]

    def to_runtime(self) -> Runtime:
        return ("and", *(operand.to_runtime() for operand in self.operands))

    def describe(self) -> str:
        return " and ".join(_grouped(operand) for operand in self.operands)


class Or(Record):
    """At least one operand holds."""

    op: Literal["or"] = "or"
    operands: tuple[Predicate, ...]

    def to_runtime(self) -> Runtime:
        return ("or", *(operand.to_runtime() for operand in self.operands))

    def describe(self) -> str:
        return " or ".join(_grouped(operand) for operand in self.operands)


class Not(Record):
    """The operand does not hold."""

    op: Literal["not"] = "not"
    operand: Predicate

    def to_runtime(self) -> Runtime:
        return ("not", self.operand.to_runtime())

    def describe(self) -> str:
        if isinstance(self.operand, Present):
            return f"absent {path_text(self.operand.tag)}"
        return f"not {_grouped(self.operand)}"


def _grouped(predicate: Predicate) -> str:
    text = predicate.describe()
    return f"({text})" if isinstance(predicate, And | Or) else text


Predicate = Annotated[
    Present
    | HasValue
    | ValueIn
    | Compare
    | ItemCount
    | CodeIn
    | SOPClassIn
    | IODIn
    | ModulePresent
    | FunctionalGroupPresent
    | TransferSyntaxIn
    | EncodingContext
    | ItemIndex
    | Unknown
    | And
    | Or
    | Not,
    Field(discriminator="op"),
]

And.model_rebuild()
Or.model_rebuild()
Not.model_rebuild()


def describe(predicate: Predicate | None) -> str:
    """The readable form of a predicate (``-`` for none)."""
    return "-" if predicate is None else predicate.describe()


def unknown_leaves(predicate: Predicate | None) -> tuple[Unknown, ...]:
    """Every ``unknown`` leaf of a predicate, depth first."""
    if predicate is None:
        return ()
    if isinstance(predicate, Unknown):
        return (predicate,)
    if isinstance(predicate, And | Or):
        return tuple(leaf for operand in predicate.operands for leaf in unknown_leaves(operand))
    if isinstance(predicate, Not):
        return unknown_leaves(predicate.operand)
    return ()


class ConditionRule(Record):
    """A condition as a rule: when the thing is required, forbidden, or also allowed.

    ``status``: ``parsed`` (every part a predicate), ``undecidable`` (parsed, with
    at least one ``unknown`` leaf), ``unparsed`` (the grammar could not read part
    of it; the runtime treats the whole rule as unknown). ``otherwise`` is what the
    text says for the case ``required`` is false. ``reasons`` say why a part is
    unknown or unparsed; ``text`` is the condition as in the IR.
    """

    status: RuleStatus
    required: Predicate | None = None
    otherwise: Otherwise | None = None
    forbidden: Predicate | None = None
    also_may: Predicate | None = None
    reasons: tuple[str, ...] = ()
    text: str

    def describe(self) -> str:
        """``required: ...; otherwise may; forbidden: ...``: one line."""
        parts = []
        if self.required is not None:
            parts.append(f"required: {self.required.describe()}")
        if self.otherwise is not None:
            parts.append(f"otherwise {self.otherwise.replace('_', ' ')}")
        if self.forbidden is not None:
            parts.append(f"forbidden: {self.forbidden.describe()}")
        if self.also_may is not None:
            parts.append(f"also may: {self.also_may.describe()}")
        return "; ".join(parts) if parts else "-"

    def __str__(self) -> str:
        return f"[{self.status}] {self.describe()}"

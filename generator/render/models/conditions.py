"""Condition rules as the Python literals the generated models carry.

A predicate (``generator.ir.conditions``, as its runtime tuple) is written as a
literal of tuples, strings and numbers, tags in hex: ``("present", 0x00540410)``.
An IOD class lists its module and functional group rows as ``ModuleUsage`` and
``FunctionalGroupUsage`` literals, each naming the generated class of the table.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from generator.ir.modules import IOD, AttributeType, AttributeUse, IncludeRef, Usage
from generator.render.models.specs import ClassVarSpec

Runtime = tuple[Any, ...]
Tables = Mapping[tuple[str, str], str]

TAG_OPERATORS = frozenset({"present", "has_value", "value", "compare", "items", "code"})
CONDITIONAL_OF = {
    AttributeType.TYPE_1: AttributeType.TYPE_1C,
    AttributeType.TYPE_2: AttributeType.TYPE_2C,
}


class _HasRuntime(Protocol):
    def to_runtime(self) -> Runtime: ...


def runtime(predicate: _HasRuntime | None) -> Runtime | None:
    """The runtime tuple of an IR predicate (``None`` stays ``None``)."""
    return None if predicate is None else predicate.to_runtime()


def literal(value: Any, *, tag: bool = False) -> str:
    """A Python literal of a runtime predicate; tags (ints in tag position) in hex."""
    if isinstance(value, tuple):
        if value and isinstance(value[0], str) and value[0] in TAG_OPERATORS:
            parts = [repr(value[0]), _tag_literal(value[1]), *(literal(v) for v in value[2:])]
        else:
            parts = [literal(v, tag=tag) for v in value]
        inner = ", ".join(parts)
        return f"({inner},)" if len(parts) == 1 else f"({inner})"
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int) and tag:
        return f"0x{value:08X}"
    return repr(value)


def _tag_literal(tag: Any) -> str:
    if isinstance(tag, int):
        return f"0x{tag:08X}"
    return literal(tuple(tag), tag=True)


def conjunction(parts: list[Runtime]) -> Runtime | None:
    """``("and", ...)`` of ``parts``; the part itself when there is one."""
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("and", *parts)


def unknown_include(text: str) -> Runtime:
    """The predicate of an include condition that was not read."""
    return ("unknown", f"included if: {text}")


def rule_parts(rule: object | None) -> tuple[Runtime | None, Runtime | None, str]:
    """(when, forbid, otherwise) of a condition rule; an unread one is ``unknown``."""
    if rule is None:
        return None, None, ""
    when = runtime(getattr(rule, "required", None))
    if getattr(rule, "status", "") == "unparsed":
        reasons = "; ".join(getattr(rule, "reasons", ())) or "not understood"
        when = ("unknown", f"condition not read: {reasons}")
    forbid = runtime(getattr(rule, "forbidden", None))
    otherwise = getattr(rule, "otherwise", None) or ""
    return when, forbid, str(otherwise)


def effective_rule(
    attribute: AttributeUse,
) -> tuple[AttributeType | None, Runtime | None, Runtime | None, str]:
    """(type, when, forbid, otherwise) of an attribute where it stands.

    An attribute that comes through an include made under a condition ("Include
    Table 10-3 if ...") is conditional: a Type 1 becomes 1C whose condition is
    the include's (and its own, for a 1C).
    """
    when, forbid, otherwise = rule_parts(getattr(attribute, "rule", None))
    kind = attribute.type
    includes = [ref for ref in attribute.via if ref.condition]
    if includes and kind is not None and kind is not AttributeType.TYPE_3:
        parts: list[Runtime] = []
        for ref in includes:
            required, _, _ = rule_parts(getattr(ref, "rule", None))
            parts.append(required if required is not None else unknown_include(ref.condition or ""))
        if kind.conditional:
            parts.append(when if when is not None else ("unknown", "condition not read"))
        when = conjunction(parts)
        kind = CONDITIONAL_OF.get(kind, kind)
    return kind, when, forbid, otherwise


def _keywords(**values: Any) -> str:
    return "".join(f", {name}={text}" for name, text in values.items() if text)


def module_usages(iod: IOD, tables: Tables) -> tuple[ClassVarSpec, ...]:
    """The ``dicom_modules`` and ``dicom_functional_groups`` class variables of an IOD."""
    modules: list[str] = []
    for use in iod.modules:
        where = tables.get(("modules", use.module_table or ""))
        if where is None or use.usage is None:
            continue
        when, forbid, otherwise = rule_parts(getattr(use, "rule", None))
        if use.usage is Usage.CONDITIONAL and when is None:
            when = ("unknown", f"condition not read: {use.condition or ''}")
        extra = _keywords(
            when=literal(when) if when is not None else "",
            forbid=literal(forbid) if forbid is not None else "",
            otherwise=repr(otherwise) if otherwise else "",
            condition=repr(use.condition) if use.condition else "",
        )
        modules.append(f"ModuleUsage({use.name!r}, {where!r}, {use.usage.value!r}{extra})")
    lines = [_tuple_line("dicom_modules", "ModuleUsage", modules)]
    groups: list[str] = []
    for group in iod.functional_groups:
        where = tables.get(("macros", group.macro_table or ""))
        if where is None:
            continue
        when, _, otherwise = rule_parts(getattr(group, "rule", None))
        if group.usage is Usage.CONDITIONAL and when is None:
            when = ("unknown", f"condition not read: {group.condition or ''}")
        extra = _keywords(
            when=literal(when) if when is not None else "",
            sharing=repr(group.sharing.value) if group.sharing.value != "either" else "",
            otherwise=repr(otherwise) if otherwise else "",
            condition=repr(group.condition) if group.condition else "",
        )
        groups.append(
            f"FunctionalGroupUsage({group.name!r}, {where!r}, {group.usage.value!r}{extra})"
        )
    if groups:
        lines.append(_tuple_line("dicom_functional_groups", "FunctionalGroupUsage", groups))
    return tuple(lines)


def _tuple_line(name: str, kind: str, rows: list[str]) -> ClassVarSpec:
    inner = "".join(f"{row}, " for row in rows)
    return ClassVarSpec(name, f"ClassVar[tuple[{kind}, ...]]", f"({inner})")


def holds_outside_contexts(ref: IncludeRef) -> bool:
    """True when an include's condition holds for every data set outside the special
    encoding contexts (``("context", NAME)`` false: a Part 10 file, an object in memory).

    PS3.3 C.7.6.3 includes the Image Pixel Description Macro "if the IOD is not being
    transferred in a STOW-RS Request and is not encoded as metadata and compressed bulk
    pixel data": ``not (context stow-rs-metadata and unknown)``, true whenever the
    context is not STOW-RS metadata. Typing treats such an include as unconditional (its
    Type 1 attributes are required, not ``None``); the ``Attribute`` metadata keeps the
    condition, which validation still evaluates in the context it is given.
    """
    required, _, _ = rule_parts(getattr(ref, "rule", None))
    if required is None:
        return False
    return _outside_contexts(required) is True


def _outside_contexts(predicate: Runtime) -> bool | None:
    """Kleene truth of a predicate with every encoding context false; ``None`` when the
    predicate depends on anything but contexts and unknowns."""
    op = predicate[0]
    if op == "context":
        return False
    if op == "unknown":
        return None
    if op == "not":
        inner = _outside_contexts(predicate[1])
        return None if inner is None else not inner
    if op in {"and", "or"}:
        values = [_outside_contexts(part) for part in predicate[1:]]
        decisive: bool = op == "or"  # True decides an "or", False an "and"
        if decisive in values:
            return decisive
        return None if None in values else not decisive
    return None

"""An IOD's flat attribute set: its modules' attributes merged by tag.

Rules (tested in ``tests/generator/parse/part03/test_merge.py``):

1. Modules are taken in the order the IOD module table lists them, whatever their
   usage (M, C or U): the flat set is everything an instance of the IOD may hold.
   Whether a module must be present is the :class:`ModuleUse` usage's business, not
   the attribute type's, so types are never weakened for C or U modules.
2. An attribute that appears in one module only is taken as is.
3. When two modules define the same tag (Image Type in the General Image Module and
   in the Confocal Microscopy Image Module), the later module specializes the earlier:

   - type: the strictest wins, in the order 1, 1C, 2, 2C, 3 (PS3.5 7.4); a missing
     type (normalized IOD tables) is looser than any. The condition goes with the
     type that won (the later's condition when both types are equal);
   - Enumerated Values / Defined Terms: for every value index the later module
     gives any set for (``None``, "all values", counts as an index), the later's
     sets replace the earlier's of both kinds; other indexes keep the earlier's;
   - context group constraints: the later's, if it states any;
   - description, name, origin and ``via``: the later's (keyword: either's);
   - sequence items: merged by the same rules, recursively, in the earlier's order
     with the later's new attributes appended;
   - placeholders: the union, in order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from generator.ir.modules import IOD, AttributeType, AttributeUse, Module, ValueSet


def _strictness(attribute_type: AttributeType | None) -> int:
    return attribute_type.strictness if attribute_type is not None else len(AttributeType)


def _specialize(
    earlier: tuple[ValueSet, ...], later: tuple[ValueSet, ...], replaced: set[int | None]
) -> tuple[ValueSet, ...]:
    kept = [value_set for value_set in earlier if value_set.value_index not in replaced]
    return (*kept, *later)


def merge_attribute(earlier: AttributeUse, later: AttributeUse) -> AttributeUse:
    """``later`` specializing ``earlier`` (same tag), by the rules of this module."""
    if _strictness(later.type) <= _strictness(earlier.type):
        attribute_type, condition, rule = later.type, later.condition, later.rule
    else:
        attribute_type, condition, rule = earlier.type, earlier.condition, earlier.rule
    replaced = {v.value_index for v in (*later.enumerated_values, *later.defined_terms)}
    placeholders = list(earlier.placeholders)
    placeholders.extend(p for p in later.placeholders if p not in placeholders)
    return later.model_copy(
        update={
            "keyword": later.keyword or earlier.keyword,
            "type": attribute_type,
            "condition": condition,
            "rule": rule,
            "enumerated_values": _specialize(
                earlier.enumerated_values, later.enumerated_values, replaced
            ),
            "defined_terms": _specialize(earlier.defined_terms, later.defined_terms, replaced),
            "cid_constraints": later.cid_constraints or earlier.cid_constraints,
            "children": merge_levels((earlier.children, later.children)),
            "placeholders": tuple(placeholders),
        }
    )


def merge_levels(levels: Iterable[Iterable[AttributeUse]]) -> tuple[AttributeUse, ...]:
    """Attribute lists merged by tag, earlier lists first."""
    merged: dict[str, AttributeUse] = {}
    for level in levels:
        for attribute in level:
            known = merged.get(attribute.tag)
            merged[attribute.tag] = (
                attribute if known is None else merge_attribute(known, attribute)
            )
    return tuple(merged.values())


def iod_attributes(iod: IOD, modules: Mapping[str, Module]) -> tuple[AttributeUse, ...]:
    """The IOD's flat attribute set (top level, items merged), in module order.

    Module rows whose table was not found (reported by the parse) contribute nothing.
    """
    return merge_levels(
        modules[use.module_table].attributes
        for use in iod.modules
        if use.module_table is not None and use.module_table in modules
    )

"""Put a :class:`ConditionRule` on every conditional row of the IR.

Rows that get one: attributes of Type 1C/2C or with a condition text; module rows
of usage C (and M/U rows whose note states a rule); functional group rows of usage
C (and M/U rows whose note states a rule, not a sharing note only). An attribute
brought into a table by an include (``via``) gets the rule of the macro's own row,
which carries the same condition text; the include rows it came through that
state a condition get theirs, and so do a table's own include rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from generator.conditions.context import Vocabulary, Where, tag_number, vocabulary
from generator.conditions.rules import parse_condition
from generator.ir.conditions import ConditionRule
from generator.ir.modules import IOD, AttributeTable, AttributeUse, IncludeRef, Usage
from generator.ir.standard import Standard
from generator.overrides.conditions import fixed_text

NO_RULE = "no rule stated"
UNKNOWN_SENTENCE = "sentence not understood"

RuleKey = tuple[str, str, str]
TableT = TypeVar("TableT", bound=AttributeTable)


def _key(attribute: AttributeUse) -> RuleKey:
    return (attribute.origin.table or "", attribute.tag, attribute.condition or "")


def _needs_rule(attribute: AttributeUse) -> bool:
    conditional = attribute.type is not None and attribute.type.conditional
    return conditional or bool(attribute.condition)


class _Rules:
    """Rules of attribute rows, computed once per (table, tag, text)."""

    def __init__(self, names: Vocabulary) -> None:
        self.names = names
        self.found: dict[RuleKey, ConditionRule | None] = {}
        self.includes: dict[RuleKey, ConditionRule] = {}

    def include(self, ref: IncludeRef) -> IncludeRef:
        """An include row with the rule of its condition ("Include ... if ...")."""
        if not ref.condition or ref.rule is not None:
            return ref
        key = (ref.origin.table or "", ref.table, ref.condition)
        rule = self.includes.get(key)
        if rule is None:
            where = Where(table=ref.origin.table or "", path=())
            rule = parse_condition(ref.condition, names=self.names, where=where)
            self.includes[key] = rule
        return ref.model_copy(update={"rule": rule})

    def table(self, table: TableT) -> TableT:
        """The table with rules on its rows, the copies brought by includes, and its own
        include rows."""
        return table.model_copy(
            update={
                "attributes": self.attach(table.attributes, (), table.table),
                "includes": tuple(self.include(ref) for ref in table.includes),
            }
        )

    def own_rows(self, table: AttributeTable) -> None:
        """First pass: the rows a table holds itself, read with their own path."""

        def walk(attributes: Iterable[AttributeUse], path: tuple[int, ...]) -> None:
            for attribute in attributes:
                here = (*path, tag_number(attribute.tag) or 0)
                if not attribute.via and _needs_rule(attribute):
                    self.found.setdefault(
                        _key(attribute), self.compute(attribute, table.table, here)
                    )
                walk(attribute.children, here)

        walk(table.attributes, ())

    def compute(
        self, attribute: AttributeUse, table: str, path: tuple[int, ...]
    ) -> ConditionRule | None:
        """The row's rule; ``None`` for a row without a conditional type whose text
        states no rule (a normalized IOD's description: "Zero or more Items shall be
        present in this Sequence")."""
        text = attribute.condition or ""
        where = Where(table=table, path=path)
        if not text:
            return ConditionRule(
                status="unparsed", reasons=(f"Type {attribute.type} without a condition",), text=""
            )
        path_text = ">".join(f"({tag >> 16:04X},{tag & 0xFFFF:04X})" for tag in path)
        rule = parse_condition(
            text, names=self.names, where=where, fixed_text=fixed_text(table, path_text, text)
        )
        conditional = attribute.type is not None and attribute.type.conditional
        if not conditional and _states_no_rule(rule):
            return None
        return rule

    def attach(
        self, attributes: tuple[AttributeUse, ...], path: tuple[int, ...], table: str
    ) -> tuple[AttributeUse, ...]:
        """Second pass: every row, copies brought by includes too."""
        changed = False
        out: list[AttributeUse] = []
        for attribute in attributes:
            here = (*path, tag_number(attribute.tag) or 0)
            children = self.attach(attribute.children, here, table)
            rule = None
            if _needs_rule(attribute):
                key = _key(attribute)
                rule = self.found.get(key)
                if key not in self.found:
                    rule = self.compute(attribute, attribute.origin.table or table, here)
                    self.found[_key(attribute)] = rule
            via = tuple(self.include(ref) for ref in attribute.via)
            if rule is not None or children is not attribute.children or via != attribute.via:
                attribute = attribute.model_copy(
                    update={"rule": rule, "children": children, "via": via}
                )
                changed = True
            out.append(attribute)
        return tuple(out) if changed else attributes


def _use_rule(
    usage: Usage | None, text: str | None, where: Where, names: Vocabulary, name: str
) -> ConditionRule | None:
    if usage is Usage.CONDITIONAL and not text:
        return ConditionRule(status="unparsed", reasons=("usage C without a condition",), text="")
    if not text:
        return None
    rule = parse_condition(
        text, names=names, where=where, fixed_text=fixed_text(where.table, name, text)
    )
    if usage is not Usage.CONDITIONAL and _states_no_rule(rule):
        return None
    return rule


def _states_no_rule(rule: ConditionRule) -> bool:
    """The note of an M/U row says no rule: no statement, or none of a form of a rule
    ("The units for Start Cumulative Meterset (3002,0106) are specified by ...")."""
    return rule.reasons == (NO_RULE,) or (
        rule.status == "unparsed"
        and all(reason.startswith(UNKNOWN_SENTENCE) for reason in rule.reasons)
    )


def _iod(iod: IOD, names: Vocabulary) -> IOD:
    modules = tuple(
        use.model_copy(
            update={
                "rule": _use_rule(
                    use.usage, use.condition, Where(iod.table, kind="module"), names, use.name
                )
            }
        )
        for use in iod.modules
    )
    groups = tuple(
        use.model_copy(
            update={
                "rule": _use_rule(
                    use.usage,
                    use.condition,
                    Where(iod.functional_groups_table or iod.table, kind="functional-group"),
                    names,
                    use.name,
                )
            }
        )
        for use in iod.functional_groups
    )
    return iod.model_copy(update={"modules": modules, "functional_groups": groups})


def attach_rules(standard: Standard) -> Standard:
    """``standard`` with a rule on every conditional attribute, module and functional group."""
    if not standard.modules and not standard.macros:
        return standard
    names = vocabulary(standard)
    rules = _Rules(names)
    for table in (*standard.macros, *standard.modules):
        rules.own_rows(table)
    macros = tuple(rules.table(table) for table in standard.macros)
    modules = tuple(rules.table(table) for table in standard.modules)
    iods = tuple(_iod(iod, names) for iod in standard.iods)
    return standard.model_copy(update={"macros": macros, "modules": modules, "iods": iods})

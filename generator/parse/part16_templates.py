"""PS3.16 templates: every ``table_TID_*`` of the Part -> :class:`~generator.ir.templates.Template`.

A template table's columns are found by their header text (PS3.16 Section 6.1):
the row key (unnamed), ``NL``, ``Rel with Parent``, ``VT``, ``Concept Name``,
``VM``, ``Req Type``, ``Condition``, ``Value Set Constraint``; templates of
content item sequences (Annex C) lack NL and Rel with Parent. Type, Order and
Root come from the variable list of the template's section; the parameters from
``table_TID_<n>_Parameters``. Every cell that does not read completely is named
in the row's ``problems``, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import cast, get_args

from generator.conditions.template_rows import CODE, parse_row_condition
from generator.ir.base import Origin
from generator.ir.templates import (
    Binding,
    Ref,
    RefKind,
    Relationship,
    Requirement,
    Strength,
    Template,
    TemplateParameter,
    TemplateRow,
    ValueSet,
    ValueType,
)
from generator.overrides.template_cells import Column, TemplateCellFix, cell_fix
from generator.readers.model import Cell, Document, Section, Table, VariableList

_TABLE = re.compile(r"^table_TID_(\w+?)$")
_PARAMETERS = re.compile(r"^table_TID_(\w+?)_Parameters$")
_GROUP = re.compile(r"^(D|B)?(CID|TID)\s*(\d+[A-Z]?)(?:\s*“[^”]*”)?")
_CODE_REF = re.compile(r"^(EV|DT)?\s*" + CODE.pattern)
_PARAMETER = re.compile(r"^\$[A-Za-z][\w-]*")
_ROW_VALUE = re.compile(r"^(?:the )?value of row\s+(\w+)", re.IGNORECASE)
_MEMBER_OF = re.compile(r"^member\s*of\s*\{\s*(.*?)\s*\}?$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^(?:,|or\b|and\b|;)\s*", re.IGNORECASE)
_VM = re.compile(r"^(\d+)(?:-(\d+|n))?$")
_UNITS = re.compile(r"^units?\s*=\s*(.+)$", re.IGNORECASE)
_BINDING = re.compile(r"^(\$[A-Za-z][\w-]*)\s*=\s*(.+)$")
_DEFAULT = re.compile(r"^defaults? to\b", re.IGNORECASE)
_VALUE_TYPES = frozenset(get_args(ValueType))
_RELATIONSHIPS = frozenset(get_args(Relationship))
_REQUIREMENTS = frozenset(get_args(Requirement))
#: Value types printed under another name in some tables (``NUMERIC``: TID 3xxx).
_VALUE_TYPE_ALIASES = {"NUMERIC": "NUM"}
_COLUMNS = {
    "": "key",
    "NL": "nesting",
    "Rel with Parent": "relationship",
    "VT": "value_type",
    "Concept Name": "concept",
    "VM": "vm",
    "Req Type": "requirement",
    "Condition": "condition",
    "Value Set Constraint": "value_set",
}


@dataclass(slots=True)
class TemplateFigures:
    """How completely the template tables parsed (asserted by the tests, printed)."""

    tables: int = 0
    complete: int = 0
    rows: int = 0
    conditions: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    overrides: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        """The share of template tables that parsed completely."""
        return self.complete / self.tables if self.tables else 0.0

    def summary(self) -> list[str]:
        """Report lines: the share parsed, the condition counts, each problem."""
        counts = ", ".join(f"{n} {status}" for status, n in sorted(self.conditions.items()))
        head = (
            f"PS3.16: {self.complete} of {self.tables} template tables parsed completely "
            f"({self.share:.1%}); {self.rows} rows; row conditions: {counts}"
        )
        return [head, *self.overrides, *(f"PS3.16: {problem}" for problem in self.problems)]


def read_refs(text: str) -> tuple[tuple[Ref, ...], str]:
    """The references a cell text begins with, and what is left unread.

    References are separated by commas, ``or`` and ``and``; reading stops at the
    first text that is none (returned stripped).
    """
    refs: list[Ref] = []
    rest = text.strip()
    while rest:
        ref, rest = _one_ref(rest)
        if ref is None:
            break
        refs.append(ref)
        rest = _SEPARATOR.sub("", rest.strip(), count=1).strip()
    return tuple(refs), rest


def _one_ref(text: str) -> tuple[Ref | None, str]:
    group = _GROUP.match(text)
    if group:
        strength = cast(Strength, group.group(1) or "")
        kind: RefKind = "cid" if group.group(2) == "CID" else "tid"
        return Ref(kind=kind, strength=strength, number=group.group(3)), text[group.end() :]
    code = _CODE_REF.match(text)
    if code:
        meaning = code.group(4) if code.group(4) is not None else code.group(5)
        ref = Ref(
            kind="code",
            strength=cast(Strength, code.group(1) or ""),
            value=code.group(2).strip(),
            scheme=code.group(3).strip(),
            meaning=meaning,
        )
        return ref, text[code.end() :]
    parameter = _PARAMETER.match(text)
    if parameter:
        return Ref(kind="parameter", value=parameter.group(0)), text[parameter.end() :]
    row = _ROW_VALUE.match(text)
    if row:
        return Ref(kind="row", number=row.group(1)), text[row.end() :]
    return None, text


def _columns(table: Table) -> dict[str, int] | None:
    if not table.header:
        return None
    names = [cell.text for cell in table.header[0]]
    if not {"VT", "Concept Name", "VM", "Req Type"} <= set(names):
        return None
    return {_COLUMNS[name]: i for i, name in enumerate(names) if name in _COLUMNS}


def _cell(row: tuple[Cell, ...], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return row[index].text.strip() if index is not None and index < len(row) else ""


def _value_set(text: str, problems: list[str]) -> ValueSet:
    values: list[Ref] = []
    units: list[Ref] = []
    bindings: list[Binding] = []
    notes: list[str] = []
    default = ""
    root = False
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            continue
        if line.lower() == "root node":
            root = True
            continue
        if _DEFAULT.match(line):
            default = line
            continue
        unit = _UNITS.match(line)
        binding = _BINDING.match(line)
        target = unit.group(1) if unit else binding.group(2) if binding else line
        member_of = _MEMBER_OF.match(target.strip())
        if member_of:
            target = member_of.group(1)
        refs, rest = read_refs(target)
        if rest and refs:
            if re.match(r"^[,.]?\s*(?:where\b|$)", rest):
                notes.append(rest.lstrip(",. "))  # prose qualifying the units: "where n is ..."
            else:
                problems.append(f"value set: unread after references: {rest!r}")
        if not refs:
            if unit or binding:
                problems.append(f"value set: no reference in {line!r}")
            notes.append(line)
        elif unit:
            units.extend(refs)
        elif binding:
            bindings.append(Binding(parameter=binding.group(1), values=refs))
        else:
            values.extend(refs)
    return ValueSet(
        values=tuple(values),
        units=tuple(units),
        default=default,
        bindings=tuple(bindings),
        notes=tuple(notes),
        root=root,
    )


def _vm(text: str, problems: list[str]) -> tuple[int, int | None]:
    match = _VM.match(text.replace(" ", ""))
    if not match:
        problems.append(f"VM: {text!r}")
        return 1, 1
    low = int(match.group(1))
    high = match.group(2)
    if high is None:
        return low, low
    return low, None if high == "n" else int(high)


def _relationship(text: str, problems: list[str]) -> tuple[Relationship | None, bool]:
    if not text:
        return None, False
    by_reference = bool(re.match(r"^R-\s*", text))
    name = re.sub(r"^R-\s*", "", text)
    if name not in _RELATIONSHIPS:
        problems.append(f"relationship: {text!r}")
        return None, by_reference
    return cast(Relationship, name), by_reference


def _concept(text: str, value_type: str, problems: list[str]) -> Ref | None:
    if not text:
        if value_type == "INCLUDE":
            problems.append("concept name: an INCLUDE row names no template")
        return None
    refs, rest = read_refs(text)
    if len(refs) != 1 or rest:
        problems.append(f"concept name: {text!r}")
        return refs[0] if refs else Ref(kind="text", text=text)
    if value_type == "INCLUDE" and refs[0].kind != "tid":
        problems.append(f"concept name: an INCLUDE row names {text!r}")
    return refs[0]


def _read_as(tid: str, key: str, column: Column, text: str, applied: list[TemplateCellFix]) -> str:
    """The text the parser reads for a cell: the published one, or an erratum's."""
    fix = cell_fix(tid, key, column, text)
    if fix is None:
        return text
    applied.append(fix)
    return fix.replacement


def _row(
    cells: tuple[Cell, ...], columns: dict[str, int], tid: str, applied: list[TemplateCellFix]
) -> TemplateRow:
    problems: list[str] = []
    key = _cell(cells, columns, "key")
    nesting_text = _cell(cells, columns, "nesting")
    if nesting_text.strip(">"):
        problems.append(f"NL: {nesting_text!r}")
    value_type_text = _cell(cells, columns, "value_type")
    value_type = _VALUE_TYPE_ALIASES.get(value_type_text, value_type_text)
    if value_type not in _VALUE_TYPES:
        problems.append(f"value type: {value_type_text!r}")
        value_type = "TEXT"
    requirement = _cell(cells, columns, "requirement")
    if requirement not in _REQUIREMENTS:
        problems.append(f"requirement type: {requirement!r}")
        requirement = "U"
    relationship, by_reference = _relationship(_cell(cells, columns, "relationship"), problems)
    vm_min, vm_max = _vm(_cell(cells, columns, "vm"), problems)
    condition_text = _cell(cells, columns, "condition")
    read = _read_as(tid, key, "condition", condition_text, applied)
    condition = parse_row_condition(read) if condition_text else None
    if condition is not None and read != condition_text:  # the IR keeps the published text
        condition = condition.model_copy(update={"text": condition_text})
    if condition is not None and condition.status == "unparsed":
        problems.extend(f"condition: {reason}" for reason in condition.reasons)
    return TemplateRow(
        key=key,
        nesting=nesting_text.count(">"),
        relationship=relationship,
        by_reference=by_reference,
        value_type=cast(ValueType, value_type),
        concept=_concept(_cell(cells, columns, "concept"), value_type, problems),
        vm_min=vm_min,
        vm_max=vm_max,
        requirement=cast(Requirement, requirement),
        condition=condition,
        value_set=_value_set(
            _read_as(tid, key, "value_set", _cell(cells, columns, "value_set"), applied), problems
        ),
        problems=tuple(problems),
    )


def _header_flags(section: Section | None) -> dict[str, str]:
    """``{"Type": "Extensible", "Order": "Non-Significant", "Root": "Yes"}``."""
    flags: dict[str, str] = {}
    for block in section.blocks if section else ():
        if isinstance(block, VariableList):
            for entry in block.entries:
                term = entry.term.rstrip(":").strip()
                if term in ("Type", "Order", "Root") and entry.definition:
                    flags[term] = entry.definition[0].strip()
    return flags


def _flag(flags: dict[str, str], name: str, yes: str, no: str, problems: list[str]) -> bool | None:
    text = flags.get(name)
    if text is None:
        problems.append(f"{name}: not stated")
        return None
    if text.lower() == yes.lower():
        return True
    if text.lower() == no.lower():
        return False
    problems.append(f"{name}: {text!r}")
    return None


def _parameters(document: Document, tid: str) -> tuple[TemplateParameter, ...]:
    table = document.tables.get(f"table_TID_{tid}_Parameters")
    if table is None:
        return ()
    return tuple(
        TemplateParameter(name=row[0].text.strip(), usage=row[1].text.strip())
        for row in table.rows
        if len(row) >= 2 and row[0].text.strip().startswith("$")
    )


def _title(table: Table, section: Section | None, tid: str) -> str:
    if section is not None and section.title:
        return section.title
    return re.sub(rf"^TID {tid}\.?\s*", "", table.caption)


def template_tables(document: Document) -> Iterator[tuple[str, Table]]:
    """``(tid, table)`` for each template table of the Part, in document order."""
    for table_id, table in document.tables.items():
        match = _TABLE.match(table_id)
        if match and not _PARAMETERS.match(table_id):
            # ``table_TID__1607``: a stray underscore in the published id (PS3.16 2024c)
            yield match.group(1).lstrip("_"), table


def parse_template(
    document: Document, tid: str, table: Table, applied: list[TemplateCellFix] | None = None
) -> Template:
    """One template table and its section -> :class:`Template`; the errata of
    :mod:`generator.overrides.template_cells` it applied are added to ``applied``."""
    fixes: list[TemplateCellFix] = [] if applied is None else applied
    problems: list[str] = []
    section = document.sections.get(table.section_id or "")
    columns = _columns(table)
    rows: tuple[TemplateRow, ...] = ()
    if columns is None:
        problems.append("header: not a template table header")
    else:
        rows = tuple(
            _row(cells, columns, tid, fixes) for cells in table.rows if any(c.text for c in cells)
        )
    flags = _header_flags(section)
    return Template(
        tid=tid,
        name=_title(table, section, tid),
        extensible=_flag(flags, "Type", "Extensible", "Non-Extensible", problems),
        order_significant=_flag(flags, "Order", "Significant", "Non-Significant", problems),
        root=_flag(flags, "Root", "Yes", "No", problems),
        parameters=_parameters(document, tid),
        rows=rows,
        problems=tuple(problems),
        origin=Origin(
            part=document.part, edition=document.edition, table=table.id, section=table.section_id
        ),
    )


def parse_templates(document: Document) -> tuple[tuple[Template, ...], TemplateFigures]:
    """Every template of PS3.16, sorted by TID, and how completely they parsed."""
    applied: list[TemplateCellFix] = []
    templates = [
        parse_template(document, tid, table, applied) for tid, table in template_tables(document)
    ]
    templates.sort(key=lambda t: (int(re.sub(r"\D", "", t.tid) or 0), t.tid))
    figures = TemplateFigures(tables=len(templates))
    figures.overrides = [fix.report_line() for fix in applied]
    for template in templates:
        figures.complete += template.complete
        figures.rows += len(template.rows)
        for problem in template.problems:
            figures.problems.append(f"TID {template.tid}: {problem}")
        for row in template.rows:
            if row.condition is not None:
                status = row.condition.status
                figures.conditions[status] = figures.conditions.get(status, 0) + 1
            for problem in row.problems:
                figures.problems.append(f"TID {template.tid} row {row.key}: {problem}")
    return tuple(templates), figures

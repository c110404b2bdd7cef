"""``dicomodel/templates/``: one module per PS3.16 template (TID).

- ``templates/tid<n>.py``: ``TEMPLATE``, the template's rows as
  :class:`dicomodel.sr.template.TemplateDef`, and typed parts: a dataclass named
  from the template title (``MeasurementReport``) whose fields are the rows of its
  top level (of its single top-level item, when it has one), and one nested class
  per row that has rows under it (``MeasurementReportImagingMeasurements``).
  A field is typed by the row's value type (CODE ``Code``, NUM ``Num``, IMAGE
  ``Reference``, SCOORD ``Coordinates``, TEXT and the other text types ``str``); a
  row whose concept name varies (a context group, a ``$parameter``) holds
  ``Named[...]``, concept and value; an INCLUDE row the included template's class.
  VM 1 is one value (``None`` when the row is not M), VM > 1 a list.
- ``templates/__init__.py``: lazy, ``templates.tid1500`` imports one module.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field

from generator.ir.standard import Standard
from generator.ir.templates import Ref, Template, TemplateRow
from generator.naming.literals import docstring, string
from generator.naming.tables import pascal
from generator.render.code_groups import type_name
from generator.render.files import RenderedFile, render

PACKAGE_TEMPLATE = "dicomodel/templates/__init__.py.jinja2"
MODULE_TEMPLATE = "dicomodel/templates/tid{tid}.py.jinja2"
RESERVED = frozenset({"concept", "value", "TID", "ROW", "TEMPLATE"})
VALUE_TYPES = {
    "CODE": "Code",
    "NUM": "Num",
    "TEXT": "str",
    "UIDREF": "str",
    "PNAME": "str",
    "DATETIME": "str",
    "DATE": "str",
    "TIME": "str",
    "IMAGE": "Reference",
    "COMPOSITE": "Reference",
    "WAVEFORM": "Reference",
    "SCOORD": "Coordinates",
    "SCOORD3D": "Coordinates",
}


def module_name(tid: str) -> str:
    """``"10003A"`` -> ``"tid10003a"``."""
    return f"tid{tid.lower()}"


def class_name(template: Template) -> str:
    """The class of a template: its title in Pascal case (``MeasurementReport``)."""
    try:
        return pascal(template.name)
    except Exception:
        return f"Tid{template.tid}"


def _snake(text: str) -> str:
    name = "_".join(w.lower() for w in re.findall(r"[A-Za-z0-9]+", text.replace("'", "")))
    if not name or name[0].isdigit():
        name = f"row_{name}"
    return f"{name}_" if keyword.iskeyword(name) or name in RESERVED else name


def code_literal(ref: Ref) -> str:
    """``Code("DCM", "126010", "Imaging Measurements")``."""
    return f"Code({string(ref.scheme)}, {string(ref.value)}, {string(ref.meaning)})"


def ref_tuple(ref: Ref) -> str:
    """The runtime tuple of a reference (see :mod:`dicomodel.sr.template`)."""
    parts: tuple[str, ...]
    if ref.kind == "code":
        parts = ("code", ref.strength, ref.value, ref.scheme, ref.meaning)
    elif ref.kind in ("cid", "tid"):
        parts = (ref.kind, ref.strength, ref.number)
    elif ref.kind == "parameter":
        parts = ("parameter", ref.value)
    elif ref.kind == "row":
        parts = ("row", ref.number)
    else:
        parts = ("text", ref.text)
    return "(" + ", ".join(string(p) for p in parts) + ")"


def _tuple(parts: list[str]) -> str:
    """A tuple literal without a trailing comma (ruff would then split it by line)."""
    return f"({parts[0]},)" if len(parts) == 1 else "(" + ", ".join(parts) + ")"


def _refs(refs: tuple[Ref, ...]) -> str:
    return _tuple([ref_tuple(r) for r in refs])


def code_type(refs: tuple[Ref, ...], cids: frozenset[str]) -> str | None:
    """The type a checker takes for a code drawn from ``refs``; ``None`` for any code.

    PS3.3 Table 5.6-1 ("Conventions for Specification of Context Groups"): with a
    DCID "Codes in the Context Group shall be used", so the field takes the group's
    type (``groups.Cid7021Code``, which the codes of ``codes.cid7021`` have); with a
    BCID "any Code may be used if its meaning is applicable", so ``| Code`` is added.
    The extension of an extensible group that Table 5.6-1 allows under a DCID (PS3.16
    Section 7.2.3) is an explicit act: ``Cid7021Code("99LOCAL", "1", "Local report")``.
    Enumerated codes, parameters and groups this build lacks take any ``Code``.
    """
    if not refs or any(ref.kind != "cid" or ref.number not in cids for ref in refs):
        return None
    names = list(dict.fromkeys(f"groups.{type_name(int(ref.number))}" for ref in refs))
    if any(ref.strength != "D" for ref in refs):
        names.append("Code")
    return " | ".join(names)


def _fixed(row: TemplateRow) -> bool:
    """The row's concept name is one code, or none at all (an IMAGE selected from)."""
    concept = row.concept
    if row.value_type == "INCLUDE":
        return False
    return concept is None or concept.kind == "code"


def row_literal(row: TemplateRow) -> str:
    """``RowDef(...)`` for one row."""
    concept = row.concept
    args = [
        f"key={string(row.key)}",
        f"nesting={row.nesting}",
        f"value_type={string(row.value_type)}",
        f"requirement={string(row.requirement)}",
    ]
    if row.relationship:
        args.append(f"relationship={string(row.relationship)}")
    if row.by_reference:
        args.append("by_reference=True")
    if concept is not None and _fixed(row):
        args.append(f"concept={code_literal(concept)}")
    elif concept is not None and row.value_type != "INCLUDE":
        args.append(f"concept_ref={ref_tuple(concept)}")
    if row.value_type == "INCLUDE" and concept is not None and concept.kind == "tid":
        args.append(f"include={string(concept.number)}")
    if (row.vm_min, row.vm_max) != (1, 1):
        args.append(f"vm_min={row.vm_min}, vm_max={row.vm_max!r}")
    condition = row.condition
    if condition is not None:
        args.append(f"condition={string(condition.text)}")
        args.append(f"condition_status={string(condition.status)}")
        if condition.required is not None:
            args.append(f"required_if={condition.required.to_runtime()!r}")
        if condition.forbidden is not None:
            args.append(f"forbidden_if={condition.forbidden.to_runtime()!r}")
        if condition.count is not None:
            args.append(f"count={condition.count.to_runtime()!r}")
    value_set = row.value_set
    if value_set.values:
        args.append(f"values={_refs(value_set.values)}")
    if value_set.units:
        args.append(f"units={_refs(value_set.units)}")
    if value_set.bindings:
        bindings = _tuple(
            [f"({string(b.parameter)}, {_refs(b.values)})" for b in value_set.bindings]
        )
        args.append(f"bindings={bindings}")
    return "RowDef(" + ", ".join(args) + ")"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a generated part class."""

    name: str
    annotation: str
    default: str
    docstring: str


@dataclass(slots=True)
class ClassSpec:
    """One generated class: its name, the row it stands for (``None``: a group)."""

    name: str
    row: str | None
    summary: str
    fields: list[FieldSpec] = field(default_factory=list)


def _children(rows: tuple[TemplateRow, ...], index: int | None) -> list[int]:
    if index is None:
        top = min((r.nesting for r in rows), default=0)
        return [i for i, r in enumerate(rows) if r.nesting == top]
    level = rows[index].nesting
    found = []
    for i in range(index + 1, len(rows)):
        if rows[i].nesting <= level:
            break
        if rows[i].nesting == level + 1:
            found.append(i)
    return found


def _describe(row: TemplateRow) -> str:
    concept = row.concept.describe() if row.concept else "-"
    vm = f"{row.vm_min}" if row.vm_max == row.vm_min else f"{row.vm_min}-{row.vm_max or 'n'}"
    text = f"Row {row.key}: {row.value_type} {concept}, VM {vm}, {row.requirement}"
    if row.condition is not None:
        text += f": {row.condition.text}"
    if row.value_set.values:
        text += "; values " + ", ".join(r.describe() for r in row.value_set.values)
    if row.value_set.units:
        text += "; units " + ", ".join(r.describe() for r in row.value_set.units)
    return text


class _Builder:
    def __init__(
        self,
        template: Template,
        classes_by_tid: dict[str, str],
        names: dict[str, str],
        cids: frozenset[str] = frozenset(),
    ) -> None:
        self.template = template
        self.classes_by_tid = classes_by_tid
        self.names = names
        self.cids = cids
        self.classes: list[ClassSpec] = []
        self.includes: set[str] = set()

    def _code(self, refs: tuple[Ref, ...]) -> str:
        """``Code``, or the group types of ``refs`` (see :func:`code_type`)."""
        found = code_type(refs, self.cids)
        return "Code" if found is None else found

    def build(self) -> str:
        rows = self.template.rows
        top = _children(rows, None)
        name = class_name(self.template)
        summary = f"TID {self.template.tid} {self.template.name}."
        if len(top) == 1 and rows[top[0]].value_type != "INCLUDE" and _children(rows, top[0]):
            self._item_class(name, top[0], summary)
        else:
            spec = ClassSpec(name, None, summary)
            self.classes.append(spec)
            self._fields(spec, top)
        return name

    def _item_class(self, name: str, index: int, summary: str) -> None:
        row = self.template.rows[index]
        spec = ClassSpec(name, row.key, summary)
        self.classes.append(spec)
        if not _fixed(row):
            doc = f"The concept name of row {row.key}."
            refs = (row.concept,) if row.concept is not None else ()
            spec.fields.append(FieldSpec("concept", self._code(refs), "", docstring(doc)))
        python = VALUE_TYPES.get(row.value_type)
        if python == "Code":
            python = self._code(row.value_set.values)
        if python is not None:
            doc = f"The value of row {row.key} ({row.value_type})."
            spec.fields.append(FieldSpec("value", python, "", docstring(doc)))
        self._fields(spec, _children(self.template.rows, index))

    def _fields(self, spec: ClassSpec, indexes: list[int]) -> None:
        used = {f.name for f in spec.fields}
        for index in indexes:
            row = self.template.rows[index]
            name = self._field_name(row)
            if name in used:
                name = f"{name}_row_{re.sub(r'[^a-z0-9]', '_', row.key.lower())}"
            used.add(name)
            base = self._type(row, index, spec.name + pascal_of(name))
            if row.vm_max is None or row.vm_max > 1:
                annotation = f"list[{base}]"
                default = "field(default_factory=no_items, metadata=%s)"
            elif row.requirement == "M":
                annotation, default = base, "field(metadata=%s)"
            else:
                annotation, default = f"{base} | None", "field(default=None, metadata=%s)"
            metadata = f"{{'row': {string(row.key)}}}"
            spec.fields.append(
                FieldSpec(name, annotation, default % metadata, docstring(_describe(row)))
            )

    def _field_name(self, row: TemplateRow) -> str:
        concept = row.concept
        if concept is None:
            return _snake(f"{row.value_type} {row.key}")
        if concept.kind == "tid":
            return _snake(self.names.get(concept.number, f"tid {concept.number}"))
        if concept.kind == "code":
            return _snake(concept.meaning)
        if concept.kind == "parameter":
            return _snake(concept.value.lstrip("$"))
        return _snake(f"{concept.kind} {concept.number or concept.text}")

    def _type(self, row: TemplateRow, index: int, nested: str) -> str:
        concept = row.concept
        if row.value_type == "INCLUDE":
            tid = concept.number if concept is not None else ""
            included = self.classes_by_tid.get(tid)
            if included is None:
                return "ContentItem"
            if tid == self.template.tid:
                return included
            self.includes.add(module_name(tid))
            return f"{module_name(tid)}.{included}"
        if _children(self.template.rows, index):
            self._item_class(nested, index, f"Row {row.key} of TID {self.template.tid}.")
            return nested
        python = VALUE_TYPES.get(row.value_type, "ContentItem")
        if python == "Code":
            python = self._code(row.value_set.values)
        if python == "ContentItem" or _fixed(row):
            return python
        return f"Named[{python}]"


def pascal_of(name: str) -> str:
    """``"imaging_measurements"`` -> ``"ImagingMeasurements"``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


@dataclass(frozen=True, slots=True)
class TemplateModule:
    """What one module template needs."""

    tid: str
    summary: str
    class_name: str
    template: str
    classes: list[ClassSpec]
    includes: list[str]
    imports: list[str]


# The names a template module may import, by module: each only where the module uses it
# (an unused import is an error to pyright's strict mode).
IMPORTABLE = (
    ("dataclasses", ("dataclass", "field")),
    ("typing", ("TYPE_CHECKING", "ClassVar", "Final")),
    ("dicomodel.coding", ("Code",)),
    ("dicomodel.codes", ("groups",)),
    ("dicomodel.sr.content", ("ContentItem", "Coordinates", "Num", "Reference")),
    ("dicomodel.sr.parts", ("Named", "TemplatePart", "no_items")),
    ("dicomodel.sr.template", ("RowDef", "TemplateDef")),
)
_STRING = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")


def import_lines(code: str) -> list[str]:
    """``from module import a, b`` for each name of :data:`IMPORTABLE` that ``code``
    (the module's definitions, without docstrings) names outside its string literals."""
    names = set(re.findall(r"[A-Za-z_]\w*", _STRING.sub('""', code)))
    lines = []
    for module, candidates in IMPORTABLE:
        used = [name for name in candidates if name in names]
        if used:
            lines.append(f"from {module} import {', '.join(used)}")
    return lines


def template_definition(template: Template) -> str:
    """``TemplateDef(...)`` for one template."""
    rows = "".join(f"        {row_literal(row)},\n" for row in template.rows)
    if not template.rows:
        rows = ""
    return (
        f"TemplateDef(\n    tid={string(template.tid)},\n    name={string(template.name)},\n"
        f"    extensible={template.extensible!r},\n"
        f"    order_significant={template.order_significant!r},\n"
        f"    root={template.root!r},\n    rows=(\n{rows}    ),\n)"
    )


def render_templates(standard: Standard) -> list[RenderedFile]:
    """One module per template and the lazy package."""
    classes_by_tid = {t.tid: class_name(t) for t in standard.templates}
    names = {t.tid: t.name for t in standard.templates}
    cids = frozenset(str(group.cid) for group in standard.context_groups)
    files = []
    entries = []
    for template in standard.templates:
        builder = _Builder(template, classes_by_tid, names, cids)
        name = builder.build()
        definition = template_definition(template)
        code = [definition, "dataclass ClassVar TemplateDef Final TemplatePart"]
        code += [f"{f.annotation} {f.default}" for c in builder.classes for f in c.fields]
        if builder.includes:
            code.append("TYPE_CHECKING")
        module = TemplateModule(
            tid=template.tid,
            summary=f"TID {template.tid} {template.name}.",
            class_name=name,
            template=definition,
            classes=builder.classes,
            includes=sorted(builder.includes),
            imports=import_lines("\n".join(code)),
        )
        files.append(
            render(
                MODULE_TEMPLATE,
                path_fields={"tid": template.tid.lower()},
                standard=standard,
                module=module,
            )
        )
        entries.append(module_name(template.tid))
    files.append(render(PACKAGE_TEMPLATE, standard=standard, entries=entries))
    return files

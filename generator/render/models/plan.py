"""Plan every model file: modules, macros, IODs, shared item classes and enums.

Sequence item classes are shared: two sequences whose items have the same
fields (names, annotations, requiredness) use one class in ``dicomodel.items``,
defined where it was first met (macros, then modules, then IODs, each in table
order). The same holds for enums in ``dicomodel.enums``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.ir.modules import (
    IOD,
    AttributeTable,
    AttributeType,
    AttributeUse,
    Macro,
    Module,
    PlaceholderKind,
    Usage,
    ValueKind,
)
from generator.ir.registry import DataElement
from generator.ir.standard import Standard
from generator.ir.vocabulary import VR
from generator.naming.identifiers import iod_class_name
from generator.naming.literals import docstring
from generator.naming.tables import (
    camel_snake,
    enum_member,
    label_suffix,
    pascal,
    shorten,
    snake,
)
from generator.parse.part03.merge import iod_attributes
from generator.render.models.conditions import (
    effective_rule,
    holds_outside_contexts,
    literal,
    module_usages,
)
from generator.render.models.fields import (
    ElementType,
    element_type,
    enumerated_by_index,
    is_required,
    single_value_terms,
)
from generator.render.models.specs import (
    ClassSpec,
    DeepExport,
    EnumMember,
    EnumSpec,
    Export,
    FieldSpec,
    Import,
    ModuleFile,
    lazy_alias,
)

SHARED_FUNCTIONAL_GROUPS = "(5200,9229)"
PER_FRAME_FUNCTIONAL_GROUPS = "(5200,9230)"
FUNCTIONAL_GROUP_TAGS = frozenset({SHARED_FUNCTIONAL_GROUPS, PER_FRAME_FUNCTIONAL_GROUPS})
OPEN_PLACEHOLDERS = frozenset(
    {PlaceholderKind.ANY_ATTRIBUTES, PlaceholderKind.FUNCTIONAL_GROUP_MACROS}
)
DESCRIPTION_LIMIT = 240
CONDITION_LIMIT = 400


def tag_digits(tag: str) -> str:
    """The eight hex digits a rendered ``Attribute`` carries: ``(60xx,0010)`` -> ``60000010``
    (a repeating group as its first group)."""
    return tag.strip("()").replace(",", "").replace("x", "0")


@dataclass(slots=True)
class Plan:
    """All model files, by path, and what the build should report about them."""

    files: dict[str, ModuleFile] = field(default_factory=dict)
    iods: dict[str, str] = field(default_factory=dict)
    iod_tables: dict[str, str] = field(default_factory=dict)
    modules: dict[str, str] = field(default_factory=dict)
    macros: dict[str, str] = field(default_factory=dict)
    items: dict[str, str] = field(default_factory=dict)
    item_aliases: dict[str, str] = field(default_factory=dict)
    enums: dict[str, str] = field(default_factory=dict)
    tables: dict[tuple[str, str], str] = field(default_factory=dict)
    table_names: dict[tuple[str, str], str] = field(default_factory=dict)
    report: list[str] = field(default_factory=list)


class Planner:
    """Walks the IR once and assigns every class and enum a name and a file."""

    def __init__(self, standard: Standard) -> None:
        self.standard = standard
        self.dictionary: dict[str, DataElement] = standard.element_dictionary()
        self.plan = Plan()
        self._items_by_signature: dict[tuple[object, ...], str] = {}
        self._item_exports: dict[str, frozenset[DeepExport]] = {}
        self._item_keywords: dict[str, set[str]] = {}
        self._enums_by_signature: dict[tuple[object, ...], str] = {}
        self._names: set[str] = set()
        # An attribute row stands in every IOD whose module has it (730,740 fields of
        # 124,582 rows for 2024c): its literal and docstring are written once per row
        # object, kept with the row so that its id is not reused.
        self._row_texts: dict[int, tuple[AttributeUse, str, str]] = {}
        # (sequence row, table, item class, the report lines its planning gave), by ids
        self._planned_items: dict[
            tuple[int, int], tuple[AttributeUse, AttributeTable, str, tuple[str, ...]]
        ] = {}

    # -- names -------------------------------------------------------------

    def _claim(self, wanted: str, qualifier: str) -> str:
        """``wanted`` if free, else ``wanted`` + ``qualifier`` (+ a number if needed)."""
        name = wanted if wanted not in self._names else f"{wanted}{qualifier}"
        number = 2
        while name in self._names:
            name = f"{wanted}{qualifier}{number}"
            number += 1
        self._names.add(name)
        return name

    # -- enums -------------------------------------------------------------

    def _enum(
        self, attribute: AttributeUse, kind: ValueKind, table: AttributeTable
    ) -> tuple[str, str, str, Export] | None:
        """The enum's module, the name the field's type has there, the annotation (its
        lazy alias), and the export that names it by keyword (``Modality``,
        ``ModalityTerm``)."""
        terms = single_value_terms(attribute, kind)
        if not terms or attribute.keyword is None:
            return None
        closed = kind is ValueKind.ENUMERATED
        signature = (attribute.keyword, closed, tuple(value for value, _ in terms))
        known = self._enums_by_signature.get(signature)
        if known is None:
            wanted = attribute.keyword if closed else f"{attribute.keyword}Term"
            known = self._claim(wanted, pascal(table.name))
            self._enums_by_signature[signature] = known
            members = self._enum_members(terms)
            words = "Enumerated Values" if closed else "Defined Terms"
            doc = f"{words} of {attribute.name} {attribute.tag} in {table.caption} ({table.label})."
            path = f"dicomodel/enums/{camel_snake(attribute.keyword)}.py"
            enum_file = self.plan.files.setdefault(
                path,
                ModuleFile(
                    path=path, doc=f"Enumerated Values and Defined Terms of {attribute.name}."
                ),
            )
            enum_file.enums.append(
                EnumSpec(name=known, doc=docstring(doc), closed=closed, members=members)
            )
            self.plan.enums[known] = _dotted(path)
        dotted = self.plan.enums[known]
        if closed:  # the enum or the strings of its values (EnumSpec.value_alias)
            target = f"{known}Value"
            export = (attribute.keyword, dotted, known)
        else:
            target = known
            export = (f"{attribute.keyword}Term", dotted, known)
        return (dotted, target, lazy_alias(target), export)

    @staticmethod
    def _enum_members(terms: tuple[tuple[str, str], ...]) -> tuple[EnumMember, ...]:
        members: list[EnumMember] = []
        taken: set[str] = set()
        for value, meaning in terms:
            name = enum_member(value)
            base, number = name, 2
            while name in taken:
                name = f"{base}_{number}"
                number += 1
            taken.add(name)
            members.append(EnumMember(name=name, value=value, meaning=meaning))
        return tuple(members)

    # -- fields ------------------------------------------------------------

    def _field(
        self,
        attribute: AttributeUse,
        table: AttributeTable,
        *,
        optional: bool,
        item: str | None = None,
    ) -> FieldSpec | None:
        element = self.dictionary.get(attribute.tag)
        if attribute.keyword is None or element is None:
            self.plan.report.append(
                f"{table.table}: {attribute.name} {attribute.tag} has no keyword in the "
                "data dictionary; no field generated"
            )
            return None
        kind = element_type(element)
        lazy: set[Import] = set()
        exports: set[DeepExport] = set()
        if item is None and (attribute.children or VR.SQ in element.vrs):
            item = self._item_class(attribute, table)
        if item is not None:
            value = f"list[{item}]"  # a class of the same file (functional groups item)
            if item in self.plan.items:
                lazy.add((self.plan.items[item], item))
                exports.add((0, f"{attribute.keyword}Item", self.plan.items[item], item))
                value = f"list[{lazy_alias(item)}]"
            exports |= {
                (depth + 1, name, module, target)
                for depth, name, module, target in self._item_exports.get(item, ())
            }
        else:
            value = self._value_annotation(attribute, kind, table, lazy, exports)
        # A macro included only under a condition ("Include ... if ...") makes
        # its Type 1 and 2 attributes conditional where it is included, unless the
        # condition holds outside the STOW-RS metadata context (holds_outside_contexts).
        conditional = conditional_include(attribute)
        required = is_required(attribute.type) and not optional and not conditional
        non_empty = required and attribute.type is AttributeType.TYPE_1
        annotation_value = value if non_empty else f"{value} | None"
        metadata, doc = self._row_text(attribute, element, kind)
        return FieldSpec(
            name=attribute.keyword,
            annotation=f"Annotated[{annotation_value}, {metadata}]",
            required=required,
            doc=doc,
            lazy=frozenset(lazy),
            exports=frozenset(exports),
            value_type=value,
            nullable=not non_empty,
            item=item,
            metadata=metadata,
            item_class=(self.plan.items[item], item) if item and item in self.plan.items else None,
        )

    def _value_annotation(
        self,
        attribute: AttributeUse,
        kind: ElementType,
        table: AttributeTable,
        lazy: set[Import],
        exports: set[DeepExport],
    ) -> str:
        base = kind.base
        if kind.is_string and not kind.multiple:
            closed = self._enum(attribute, ValueKind.ENUMERATED, table)
            if closed is not None:
                lazy.add((closed[0], closed[1]))
                exports.add((0, *closed[3]))
                return closed[2]
            open_terms = self._enum(attribute, ValueKind.DEFINED, table)
            if open_terms is not None:
                lazy.add((open_terms[0], open_terms[1]))
                exports.add((0, *open_terms[3]))
                return f"{open_terms[2]} | {base}"
        return f"list[{base}]" if kind.multiple else base

    def _row_text(
        self, attribute: AttributeUse, element: DataElement, kind: ElementType
    ) -> tuple[str, str]:
        """The ``Attribute(...)`` literal and the docstring of a row (once per row)."""
        known = self._row_texts.get(id(attribute))
        if known is None or known[0] is not attribute:
            metadata = self._attribute_literal(attribute, element, kind)
            known = (attribute, metadata, self._field_doc(attribute, element))
            self._row_texts[id(attribute)] = known
        return known[1], known[2]

    @staticmethod
    def _attribute_literal(attribute: AttributeUse, element: DataElement, kind: ElementType) -> str:
        tag = tag_digits(attribute.tag)
        effective_type, when, forbid, otherwise = effective_rule(attribute)
        # A table without a Type column (the normalized modules, PS3.3 C.2-C.4) gives
        # its attributes no Type: ``None``, not an optional Type 3.
        attribute_type = effective_type.value if effective_type is not None else None
        enumerated = enumerated_by_index(attribute)
        parts = [
            f"0x{tag}",
            repr(kind.vr_text),
            repr(element.vm),
            repr(attribute_type),
            f"name={attribute.name!r}",
        ]
        if enumerated:
            parts.append(f"enumerated={enumerated!r}")
        if when is not None:
            parts.append(f"when={literal(when)}")
        if forbid is not None:
            parts.append(f"forbid={literal(forbid)}")
        if otherwise:
            parts.append(f"otherwise={otherwise!r}")
        return f"Attribute({', '.join(parts)})"

    @staticmethod
    def _field_doc(attribute: AttributeUse, element: DataElement) -> str:
        kind = f"Type {attribute.type.value}" if attribute.type is not None else "no Type"
        vr_text = element.vr_text or "UN"
        summary = f"{kind}, VR {vr_text}, VM {element.vm}."
        lines = [f"{attribute.name} {attribute.tag}: {summary}"]
        if attribute.condition:
            lines.append(shorten(attribute.condition, CONDITION_LIMIT))
        if attribute.description:
            lines.append(shorten(attribute.description, DESCRIPTION_LIMIT))
        return docstring(" ".join(lines))

    def _fields(
        self, attributes: Iterable[AttributeUse], table: AttributeTable, *, optional: bool = False
    ) -> tuple[FieldSpec, ...]:
        found: dict[str, FieldSpec] = {}
        for attribute in attributes:
            spec = self._field(attribute, table, optional=optional)
            if spec is None:
                continue
            if spec.name in found:
                self.plan.report.append(
                    f"{table.table}: {spec.name} appears twice at one level; the first is kept"
                )
                continue
            found[spec.name] = spec
        return tuple(found.values())

    # -- items -------------------------------------------------------------

    def _item_class(self, sequence: AttributeUse, table: AttributeTable) -> str:
        """The item class of a sequence row in a table; planned once per row and table.

        A module's sequences stand again in every IOD that has the module (the same row
        objects, in the same table): a second visit gives the class named the first
        time and repeats the report lines its planning gave, without planning the
        items' subtree again.
        """
        known = self._planned_items.get((id(sequence), id(table)))
        if known is not None and known[0] is sequence and known[1] is table:
            self.plan.report.extend(known[3])
            return known[2]
        start = len(self.plan.report)
        name = self._plan_item_class(sequence, table)
        self._planned_items[(id(sequence), id(table))] = (
            sequence,
            table,
            name,
            tuple(self.plan.report[start:]),
        )
        return name

    def _plan_item_class(self, sequence: AttributeUse, table: AttributeTable) -> str:
        fields = self._fields(sequence.children, table)
        is_open = any(p.kind in OPEN_PLACEHOLDERS for p in sequence.placeholders) or not fields
        signature = (tuple(spec.signature for spec in fields), is_open)
        known = self._items_by_signature.get(signature)
        if known is not None:
            self._note_keyword(sequence, known)
            return known
        name = self._claim(_item_name(sequence), pascal(table.name))
        self._items_by_signature[signature] = name
        self._item_exports[name] = frozenset(export for spec in fields for export in spec.exports)
        self._note_keyword(sequence, name)
        path = f"dicomodel/items/{camel_snake(name)}.py"
        spec = ClassSpec(
            name=name,
            doc=docstring(
                f"An item of {sequence.name} {sequence.tag}, as first defined in "
                f"{table.caption} ({table.label})."
            ),
            dicom_name=sequence.name,
            dicom_table=table.table,
            fields=fields,
            open=is_open,
            **_coded_base(fields),
        )
        self.plan.files[path] = ModuleFile(path=path, doc=f"Item class {name}.", classes=[spec])
        self.plan.items[name] = _dotted(path)
        return name

    def _note_keyword(self, sequence: AttributeUse, name: str) -> None:
        if sequence.keyword is not None:
            self._item_keywords.setdefault(f"{sequence.keyword}Item", set()).add(name)

    def _item_aliases(self) -> dict[str, str]:
        """``<SequenceKeyword>Item`` -> the shared class, for every keyword whose items
        are all of one class and whose name no class has."""
        return {
            alias: next(iter(names))
            for alias, names in sorted(self._item_keywords.items())
            if len(names) == 1 and alias not in self.plan.items
        }

    # -- tables ------------------------------------------------------------

    def _table_class(
        self, table: AttributeTable, suffix: str, registry: dict[str, str], folder: str
    ) -> None:
        wanted = f"{pascal(table.name)}{suffix}"
        name = self._claim(wanted, label_suffix(table.label))
        stem = snake(table.name) if name == wanted else camel_snake(name)
        path = f"dicomodel/{folder}/{stem}.py"
        fields = self._fields(table.attributes, table)
        spec = ClassSpec(
            name=name,
            doc=docstring(f"{table.caption} (PS3.3 Table {table.label})."),
            dicom_name=table.name,
            dicom_table=table.table,
            fields=fields,
            open=any(p.kind in OPEN_PLACEHOLDERS for p in table.placeholders),
        )
        self.plan.files[path] = ModuleFile(path=path, doc=f"{table.caption}.", classes=[spec])
        registry[name] = _dotted(path)
        self.plan.tables[(folder, table.table)] = f"{_dotted(path)}:{name}"
        self.plan.table_names.setdefault((folder, table.name.casefold()), f"{_dotted(path)}:{name}")

    def _iod(self, iod: IOD, modules: dict[str, Module], macros: dict[str, Macro]) -> None:
        wanted = iod_class_name(f"{iod.name} IOD")
        name = self._claim(wanted, label_suffix(iod.label))
        path = f"dicomodel/iods/{snake(iod.name) if name == wanted else camel_snake(name)}.py"
        mandatory = _mandatory_types(iod, modules)
        attributes = iod_attributes(iod, modules)
        groups_item = self._functional_groups_item(iod, name, macros)
        fields: dict[str, FieldSpec] = {}
        first_module = next(
            (modules[use.module_table] for use in iod.modules if use.module_table in modules), None
        )
        for attribute in attributes:
            table = modules.get(attribute.origin.table or "", first_module)
            if table is None:
                continue
            item = (
                groups_item.name if groups_item and attribute.tag in FUNCTIONAL_GROUP_TAGS else None
            )
            # The IOD requires what its M modules require: the type a C or U module
            # gives the same tag (Type 1 in the Palette Color Lookup Table Module)
            # binds only when that module is present.
            own_type = mandatory.get(attribute.tag)
            if own_type is not None:
                attribute = attribute.model_copy(update={"type": own_type})
            spec = self._field(attribute, table, optional=own_type is None, item=item)
            if spec is not None and spec.name not in fields:
                fields[spec.name] = spec
        classes = [groups_item] if groups_item else []
        classes.append(
            ClassSpec(
                name=name,
                doc=docstring(
                    f"{iod.name} IOD (PS3.3 Table {iod.label}): its modules' attributes, flat."
                ),
                dicom_name=iod.name,
                dicom_table=iod.table,
                fields=tuple(fields.values()),
                class_vars=module_usages(iod, self.plan.tables),
                extra_imports=_usage_imports(iod),
            )
        )
        self.plan.files[path] = ModuleFile(path=path, doc=f"{iod.name} IOD.", classes=classes)
        self.plan.iods[name] = _dotted(path)
        if groups_item is not None:
            self.plan.iods[groups_item.name] = _dotted(path)
        self.plan.iod_tables[iod.table] = name

    def _functional_groups_item(
        self, iod: IOD, iod_class: str, macros: dict[str, Macro]
    ) -> ClassSpec | None:
        if not iod.functional_groups:
            return None
        fields: dict[str, FieldSpec] = {}
        for use in iod.functional_groups:
            macro = macros.get(use.macro_table or "")
            if macro is None:
                self.plan.report.append(
                    f"{iod.table}: functional group {use.name} has no macro table"
                )
                continue
            for spec in self._fields(macro.attributes, macro, optional=True):
                fields.setdefault(spec.name, spec)
        return ClassSpec(
            name=f"{iod_class}FunctionalGroupsItem",
            doc=docstring(
                "An item of the Shared or Per-Frame Functional Groups Sequence of the "
                f"{iod.name} IOD (PS3.3 Table {iod.functional_groups_table or iod.label})."
            ),
            dicom_name="Functional Groups",
            dicom_table=iod.functional_groups_table or iod.table,
            fields=tuple(fields.values()),
        )

    def run(self) -> Plan:
        """Plan macros, modules, then IODs (the order that decides shared names)."""
        macros = {macro.table: macro for macro in self.standard.macros}
        modules = {module.table: module for module in self.standard.modules}
        for macro in self.standard.macros:
            self._table_class(macro, "Macro", self.plan.macros, "macros")
        for module in self.standard.modules:
            self._table_class(module, "Module", self.plan.modules, "modules")
        for iod in self.standard.iods:
            self._iod(iod, modules, macros)
        self.plan.item_aliases = self._item_aliases()
        return self.plan


def _mandatory_types(iod: IOD, modules: dict[str, Module]) -> dict[str, AttributeType]:
    """Tag -> the strictest type the IOD's M modules give it at top level.

    A Type 1 or 2 attribute that an M module has only through a conditional
    include counts as 1C or 2C.
    """
    found: dict[str, AttributeType] = {}
    for use in iod.modules:
        if use.usage is not Usage.MANDATORY or use.module_table not in modules:
            continue
        for attribute in modules[use.module_table].attributes:
            if attribute.type is None:
                continue
            kind = attribute.type
            if conditional_include(attribute) and kind in CONDITIONAL_OF:
                kind = CONDITIONAL_OF[kind]
            known = found.get(attribute.tag)
            if known is None or kind.strictness < known.strictness:
                found[attribute.tag] = kind
    return found


CONDITIONAL_OF = {
    AttributeType.TYPE_1: AttributeType.TYPE_1C,
    AttributeType.TYPE_2: AttributeType.TYPE_2C,
}


def conditional_include(attribute: AttributeUse) -> bool:
    """True when ``attribute`` comes through an include whose condition can be false for
    a data set outside the STOW-RS metadata context (see ``holds_outside_contexts``)."""
    return any(ref.condition and not holds_outside_contexts(ref) for ref in attribute.via)


def _usage_imports(iod: IOD) -> frozenset[Import]:
    found: set[Import] = {("dicomodel.model", "ModuleUsage")}
    if iod.functional_groups:
        found.add(("dicomodel.model", "FunctionalGroupUsage"))
    return frozenset(found)


CODE_FIELDS = frozenset({"CodeValue", "CodingSchemeDesignator", "CodeMeaning"})


def _coded_base(fields: tuple[FieldSpec, ...]) -> dict[str, Any]:
    """An item with the Code Sequence Macro's fields derives from ``CodedItem``
    (``from_code``, ``to_code``); others from ``DicomModel``."""
    if {spec.name for spec in fields} >= CODE_FIELDS:
        return {
            "base": "CodedItem",
            "extra_imports": frozenset({("dicomodel.coded_item", "CodedItem")}),
        }
    return {}


def _item_name(sequence: AttributeUse) -> str:
    """``<SequenceKeyword>Item``; or, when every attribute of the items comes from one
    included macro (a code sequence: PS3.3 Table 8.8-1), the macro's name:
    ``CodeSequenceItem``, so that sequences sharing the class share a guessable name."""
    depth = len(sequence.via)  # a child's via starts with its sequence's own
    first = {
        (child.via[depth].table, child.via[depth].name) if len(child.via) > depth else None
        for child in sequence.children
    }
    is_open = any(p.kind in OPEN_PLACEHOLDERS for p in sequence.placeholders)
    if len(first) == 1 and not is_open:
        (include,) = first
        if include is not None:
            macro = pascal(include[1])
            return macro if macro.endswith("Item") else f"{macro}Item"
    return f"{sequence.keyword or pascal(sequence.name)}Item"


def _dotted(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def plan_models(standard: Standard) -> Plan:
    """The complete plan of the model files for ``standard``."""
    return Planner(standard).run()

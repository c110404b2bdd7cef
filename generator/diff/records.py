"""The kinds of IR record a release diff compares: each declares its key and fields.

A record is a key (a tuple of strings or numbers) and a tuple of field values
(strings, numbers, booleans, ``None``, or tuples of strings), in the order the
kind declares. Attribute descriptions are kept as text, so that a diff can say
which words changed (indexes written before kept their :func:`digest`, which
compares equal to the text it digests); long texts that matter only as
"changed or not" (the meanings of value sets, the resolved codes of a context
group) are kept as short digests.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from generator.ir.modules import AttributeTable, AttributeUse, IncludeRef, ValueSet
from generator.ir.standard import Standard

Scalar = str | int | bool | None
Value = Scalar | tuple[str, ...]
Key = tuple[str | int, ...]
Fields = tuple[Value, ...]
Records = dict[Key, Fields]

PATH_SEPARATOR = ">"


def collapsed(text: str) -> str:
    """``text`` with every run of white space (line breaks included) as one space."""
    return " ".join(text.split())


def digest(text: str) -> str:
    """A short, stable digest of a long text (12 hex digits of its SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of record: its name, the Part it comes from, its title, key and fields.

    ``retired`` names the boolean field whose change to true makes a change a
    retirement; ``extract`` yields the records of a build.
    """

    name: str
    part: int
    title: str
    key: tuple[str, ...]
    fields: tuple[str, ...]
    extract: Callable[[Standard], Iterable[tuple[Key, Fields]]]
    retired: str | None = "retired"

    def records(self, standard: Standard) -> Records:
        """The records of ``standard``; a key met twice gets ``#2``, ``#3``... on its last part."""
        found: Records = {}
        for key, fields in self.extract(standard):
            unique = key
            number = 2
            while unique in found:
                unique = (*key[:-1], f"{key[-1]}#{number}")
                number += 1
            if len(fields) != len(self.fields):
                msg = f"{self.name}: {len(fields)} fields for {len(self.fields)} names"
                raise ValueError(msg)
            found[unique] = fields
        return found


# -- registries -------------------------------------------------------------------


def _elements(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for element in (
        *standard.data_elements,
        *standard.file_meta_elements,
        *standard.directory_elements,
        *standard.payload_elements,
    ):
        registry = (element.origin.table or "").removeprefix("table_")
        yield (
            (element.tag,),
            (element.keyword, element.name, element.vr_text, element.vm, element.retired, registry),
        )


def _uids(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for uid in (*standard.uids, *standard.frames_of_reference):
        yield (uid.value,), (uid.keyword, uid.name, uid.type, uid.part, uid.retired)


def _context_group_uids(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for entry in standard.context_group_uids:
        yield (entry.cid,), (entry.name, entry.uid, entry.retired)


def _sop_classes(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for sop in standard.sop_classes:
        yield (
            (sop.uid,),
            (sop.name, sop.iod, sop.iod_table, sop.specialization, sop.service),
        )


# -- PS3.3 ------------------------------------------------------------------------


def _iods(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for iod in standard.iods:
        yield (iod.table,), (iod.name, iod.label, iod.section, iod.functional_groups_table)


def _iod_modules(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for iod in standard.iods:
        for use in iod.modules:
            usage = use.usage.value if use.usage is not None else None
            yield (
                (iod.table, use.name),
                (use.ie, usage, use.condition, use.module_table, use.description),
            )


def _iod_groups(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for iod in standard.iods:
        for use in iod.functional_groups:
            yield (
                (iod.table, use.name),
                (use.usage.value, use.condition, use.sharing.value, use.macro_table),
            )


def _tables(tables: Iterable[AttributeTable]) -> Iterator[tuple[Key, Fields]]:
    for table in tables:
        yield (table.table,), (table.name, table.label, table.caption, table.section)


def _modules(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    return _tables(standard.modules)


def _macros(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    return _tables(standard.macros)


def value_entries(sets: Iterable[ValueSet]) -> tuple[str, ...]:
    """``16 [if Segmentation Type (0062,0001) is LABELMAP]``, ``Value 3: AXIAL``: sorted."""
    entries: set[str] = set()
    for value_set in sets:
        for value in value_set.values:
            text = (
                value
                if value_set.value_index is None
                else f"Value {value_set.value_index}: {value}"
            )
            if value_set.condition:
                text = f"{text} [{value_set.condition}]"
            entries.add(text)
    return tuple(sorted(entries))


def _meanings(attribute: AttributeUse) -> str:
    parts = [
        f"{value_set.kind.value}|{value_set.value_index}|{value_set.condition}|"
        f"{term.value}|{term.meaning}|{term.retired}"
        for value_set in (*attribute.enumerated_values, *attribute.defined_terms)
        for term in value_set.terms
    ]
    return digest("\n".join(parts)) if parts else ""


def _own_attributes(
    attributes: Iterable[AttributeUse], parents: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], AttributeUse]]:
    for attribute in attributes:
        path = (*parents, attribute.tag)
        if not attribute.via:
            yield path, attribute
        yield from _own_attributes(attribute.children, path)


def _attributes(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    dictionary = standard.element_dictionary()
    for table in (*standard.modules, *standard.macros):
        for path, attribute in _own_attributes(table.attributes, ()):
            element = dictionary.get(attribute.tag)
            yield (
                (table.table, PATH_SEPARATOR.join(path)),
                (
                    attribute.keyword,
                    attribute.name,
                    attribute.type.value if attribute.type is not None else None,
                    element.vr_text if element is not None else None,
                    element.vm if element is not None else None,
                    element.retired if element is not None else False,
                    attribute.condition,
                    value_entries(attribute.enumerated_values),
                    value_entries(attribute.defined_terms),
                    _meanings(attribute),
                    tuple(f"{c.kind.value}CID {c.cid}" for c in attribute.cid_constraints),
                    attribute.description,
                ),
            )


def _include_paths(table: AttributeTable) -> dict[IncludeRef, list[str]]:
    """Where each Include row of ``table`` stands: the tag path of the sequence holding it.

    An attribute brought by an include names the row in its ``via``; the row stands
    under the attribute's parent. Included sequences are walked too: rows of the
    table may extend them (PS3.3 Table C.18.4-1 includes Table 10-11 in a Referenced
    SOP Sequence (0008,1199) nested in the one Table C.18.3-1 brings), and an
    attribute whose include differs from its parent's marks another row.
    """
    paths: dict[IncludeRef, list[str]] = {}

    def walk(
        attributes: Iterable[AttributeUse], own: tuple[str, ...], parent: IncludeRef | None
    ) -> None:
        for attribute in attributes:
            include = attribute.via[0] if attribute.via else None
            if include is not None and include != parent:
                found = paths.setdefault(include, [])
                path = PATH_SEPARATOR.join(own)
                if path not in found:
                    found.append(path)
            walk(attribute.children, (*own, attribute.tag), include)

    walk(table.attributes, (), None)
    return paths


def _includes(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for table in (*standard.modules, *standard.macros):
        paths = _include_paths(table)
        for include in table.includes:
            found = paths.get(include, [])
            parent = found.pop(0) if found else ""
            where = f"{parent}{PATH_SEPARATOR}{include.table}" if parent else include.table
            yield (
                (table.table, where),
                (
                    include.name,
                    include.condition,
                    tuple(f"{c.kind.value}CID {c.cid}" for c in include.cid_constraints),
                ),
            )


# -- PS3.16 -----------------------------------------------------------------------


def _context_groups(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for group in standard.context_groups:
        resolved = "\n".join(f"{ref.scheme}|{ref.value}" for ref in group.resolved)
        yield (
            (group.cid,),
            (
                group.name,
                group.keyword,
                group.type.value if group.type is not None else None,
                group.version,
                group.uid,
                group.retired,
                group.external_scheme,
                tuple(f"CID {cid}" for cid in group.includes),
                len(group.resolved),
                digest(resolved),
            ),
        )


def _members(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for group in standard.context_groups:
        for member in group.members:
            yield (group.cid, member.scheme, member.value), (member.meaning, member.retired)


def _codes(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for concept in standard.concepts:
        yield (concept.scheme, concept.value), (concept.meaning, concept.keyword, concept.retired)


def _retired_sections(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for section in standard.retired_sections:
        if section.part == 3:
            yield (section.section,), (section.label, section.title)


def _retired_codes(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for code in standard.retired_codes:
        yield (code.scheme, code.value), (code.meaning, code.replacement)


def _coding_schemes(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for scheme in standard.coding_schemes:
        yield (scheme.designator,), (scheme.name, scheme.uid, scheme.uri, scheme.retired)


def _templates(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for t in standard.templates:
        yield (t.tid,), (t.name, t.extensible, t.order_significant, t.root, len(t.rows))


def _template_rows(standard: Standard) -> Iterator[tuple[Key, Fields]]:
    for t in standard.templates:
        for row in t.rows:
            vm = f"{row.vm_min}-{'n' if row.vm_max is None else row.vm_max}"
            values = row.value_set
            refs = (*values.values, *values.units, *(r for b in values.bindings for r in b.values))
            yield (
                (t.tid, row.key),
                (
                    row.nesting,
                    ("R-" if row.by_reference else "") + (row.relationship or ""),
                    row.value_type,
                    row.concept.describe() if row.concept else "",
                    vm,
                    row.requirement,
                    row.condition.text if row.condition else "",
                    tuple(ref.describe() for ref in refs),
                ),
            )


KINDS: tuple[Kind, ...] = (
    Kind(
        "element",
        6,
        "Data elements (PS3.6)",
        ("tag",),
        ("keyword", "name", "vr", "vm", "retired", "registry"),
        _elements,
    ),
    Kind("uid", 6, "UIDs (PS3.6)", ("uid",), ("keyword", "name", "type", "part", "retired"), _uids),
    Kind(
        "context_group_uid",
        6,
        "Context group UIDs (PS3.6 Table A-3)",
        ("cid",),
        ("name", "uid", "retired"),
        _context_group_uids,
    ),
    Kind(
        "sop_class",
        4,
        "SOP classes (PS3.4)",
        ("uid",),
        ("name", "iod", "iod_table", "specialization", "service"),
        _sop_classes,
        retired=None,
    ),
    Kind(
        "iod",
        3,
        "IODs (PS3.3)",
        ("table",),
        ("name", "label", "section", "functional_groups_table"),
        _iods,
        retired=None,
    ),
    Kind(
        "iod_module",
        3,
        "Modules of IODs",
        ("iod", "module"),
        ("ie", "usage", "condition", "module_table", "description"),
        _iod_modules,
        retired=None,
    ),
    Kind(
        "iod_functional_group",
        3,
        "Functional groups of IODs",
        ("iod", "macro"),
        ("usage", "condition", "sharing", "macro_table"),
        _iod_groups,
        retired=None,
    ),
    Kind(
        "module",
        3,
        "Modules",
        ("table",),
        ("name", "label", "caption", "section"),
        _modules,
        retired=None,
    ),
    Kind(
        "macro",
        3,
        "Macros",
        ("table",),
        ("name", "label", "caption", "section"),
        _macros,
        retired=None,
    ),
    Kind(
        "retired_section",
        3,
        "Sections retired to a pointer (PS3.3: “Retired. See PS3.3-…”)",
        ("section",),
        ("label", "title"),
        _retired_sections,
        retired=None,
    ),
    Kind(
        "attribute",
        3,
        "Attributes of modules and macros",
        ("table", "path"),
        (
            "keyword",
            "name",
            "type",
            "vr",
            "vm",
            "retired",
            "condition",
            "enumerated_values",
            "defined_terms",
            "value_meanings",
            "context_groups",
            "description",
        ),
        _attributes,
    ),
    Kind(
        "include",
        3,
        "Macros included by modules and macros",
        ("table", "path"),
        ("name", "condition", "context_groups"),
        _includes,
        retired=None,
    ),
    Kind(
        "context_group",
        16,
        "Context groups (PS3.16)",
        ("cid",),
        (
            "name",
            "keyword",
            "type",
            "version",
            "uid",
            "retired",
            "external_scheme",
            "includes",
            "resolved_count",
            "resolved",
        ),
        _context_groups,
    ),
    Kind(
        "member",
        16,
        "Codes listed by context groups",
        ("cid", "scheme", "value"),
        ("meaning", "retired"),
        _members,
    ),
    Kind(
        "code",
        16,
        "Codes (PS3.16)",
        ("scheme", "value"),
        ("meaning", "keyword", "retired"),
        _codes,
    ),
    Kind(
        "coding_scheme",
        16,
        "Coding schemes (PS3.16)",
        ("designator",),
        ("name", "uid", "uri", "retired"),
        _coding_schemes,
    ),
    Kind(
        "template",
        16,
        "Templates (PS3.16)",
        ("tid",),
        ("name", "extensible", "order_significant", "root", "rows"),
        _templates,
        retired=None,
    ),
    Kind(
        "template_row",
        16,
        "Template rows (PS3.16)",
        ("tid", "row"),
        (
            "nesting",
            "relationship",
            "value_type",
            "concept",
            "vm",
            "requirement",
            "condition",
            "value_set",
        ),
        _template_rows,
        retired=None,
    ),
    Kind(
        "retired_code",
        16,
        "Codes retired from DICOM use (PS3.16 Table J-1)",
        ("scheme", "value"),
        ("meaning", "replacement"),
        _retired_codes,
        retired=None,
    ),
)

KIND_BY_NAME = {kind.name: kind for kind in KINDS}

"""``dicomodel/codes/``: one module per context group (CID) and per coding scheme.

- ``codes/cid<N>.py``: the group's metadata (``CID``, ``NAME``, ``KEYWORD``,
  ``UID``, ``EXTENSIBLE``, ``VERSION``, ``INCLUDES``, ``EXTERNAL_SCHEME``), one
  ``Final[Code]`` constant per member of its resolved membership (own members, then
  the members of the included groups, in order), and ``MEMBERS``, the same codes.
  Retired rows of a group's table are not in its module (they are in the scheme
  module, ``retired=True``).
- ``codes/scheme_<designator>.py``: the scheme's metadata (``DESIGNATOR``, ``NAME``,
  ``UID``, ``URI``, ``RETIRED``) and one constant per concept of the scheme, sorted
  by name, and ``MEMBERS``.
- ``codes/__init__.py``: lazy; ``codes.cid4410``, ``codes.TopicalTreatment`` (the
  CID keyword) and ``codes.SCT`` (the scheme attribute) import one module on
  first use; ``if TYPE_CHECKING:`` imports show every name to checkers and IDEs.

Constant names follow :mod:`generator.naming.members`; module and attribute names
:mod:`generator.naming.identifiers`. A CID keyword is an alias only for a group
that is not retired and whose keyword no other group shares.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.errors import GeneratorError
from generator.ir.codes import CodingScheme, Concept, ContextGroup, ContextGroupMember, MemberRef
from generator.ir.standard import Standard
from generator.naming.identifiers import (
    NamingError,
    cid_module,
    old_spelling,
    scheme_attribute,
    scheme_module,
)
from generator.naming.literals import docstring, optional_string, string
from generator.naming.members import CodeKey, member_names
from generator.render.code_groups import GROUPS_MODULE, render_groups, type_name
from generator.render.files import RenderedFile, render

PACKAGE_TEMPLATE = "dicomodel/codes/__init__.py.jinja2"
CID_TEMPLATE = "dicomodel/codes/cid{cid}.py.jinja2"
SCHEME_TEMPLATE = "dicomodel/codes/scheme_{name}.py.jinja2"


def stub_template(template: str) -> str:
    """The template of a module's stub (``.pyi``: the names and types only, what checkers
    read; mypy reads every module ``codes/__init__`` names, so they are kept small)."""
    return template.replace(".py.jinja2", ".pyi.jinja2")


# Names the generated modules define besides their codes: a code keyword equal to
# one of them gets a trailing "_" (``URI`` -> ``URI_``), in CID and scheme modules alike.
RESERVED = frozenset(
    {"CID", "NAME", "KEYWORD", "UID", "EXTENSIBLE", "VERSION", "INCLUDES", "EXTERNAL_SCHEME"}
    | {"DESIGNATOR", "URI", "RETIRED", "MEMBERS", "Code", "Final"}
)
# Names ``codes/__init__.py`` defines itself.
PACKAGE_NAMES = frozenset({"TYPE_CHECKING", "ModuleType", "importlib", "annotations"})


@dataclass(frozen=True, slots=True)
class CodeConstant:
    """One ``Name: Final[Code] = Code(...)`` line and its docstring."""

    name: str
    expression: str
    docstring: str


@dataclass(frozen=True, slots=True)
class Metadata:
    """One ``NAME: Final[annotation] = literal`` line of a module."""

    name: str
    annotation: str
    literal: str


@dataclass(frozen=True, slots=True)
class CodeModule:
    """What one CID or scheme module template needs."""

    summary: str
    metadata: tuple[Metadata, ...]
    constants: tuple[CodeConstant, ...]
    members: tuple[str, ...]
    # What a checker takes the constants for: a CID's are its group type
    # (:mod:`generator.render.code_groups`), a scheme's plain codes.
    code_type: str = "_Code"

    @property
    def info(self) -> tuple[str, str]:
        """The dunder that holds the module's metadata and members, and its class in
        ``dicomodel.coding``: ``("__cid__", "ContextGroup")`` or ``("__scheme__",
        "CodingScheme")`` (completion then lists the codes first, issue 15)."""
        if self.metadata and self.metadata[0].name == "CID":
            return ("__cid__", "ContextGroup")
        return ("__scheme__", "CodingScheme")

    @property
    def old_names(self) -> tuple[tuple[str, str], ...]:
        """(old, name): the spelling of earlier builds of a constant that starts with a
        digit (``_14Carbon`` for ``V14Carbon``), bound at run time only."""
        return tuple(
            (old, constant.name)
            for constant in self.constants
            if (old := old_spelling(constant.name)) is not None
        )


@dataclass(frozen=True, slots=True)
class PackageEntry:
    """A public name of ``dicomodel.codes`` and the submodule it stands for."""

    name: str
    module: str


def code_expression(
    scheme: str, value: str, meaning: str, concept: Concept | None, retired: bool
) -> str:
    """``_Code("SCT", "372558009", "Immunomodulator", (4410,))`` (the module imports
    ``Code`` as ``_Code``); ``retired=True`` if so."""
    cids = concept.cids if concept is not None else ()
    cid_tuple = "(" + ", ".join(str(cid) for cid in cids) + ("," if len(cids) == 1 else "") + ")"
    arguments = [string(scheme), string(value), string(meaning), cid_tuple]
    if retired:
        arguments.append("retired=True")
    return f"_Code({', '.join(arguments)})"


def code_docstring(
    meaning: str, scheme: str, value: str, *, retired: bool, included_from: int | None = None
) -> str:
    """``Immunomodulator (SCT 372558009).`` and what else is true of the constant."""
    text = f"{meaning} ({scheme} {value})."
    if included_from is not None:
        text += f" Included from CID {included_from}."
    if retired:
        text += " Retired."
    return docstring(text)


def _tuple_literal(items: Sequence[str]) -> str:
    if len(items) == 1:
        return f"({items[0]},)"
    return f"({', '.join(items)})"


def _rows_by_place(groups: Iterable[ContextGroup]) -> dict[tuple[int, int], ContextGroupMember]:
    """``(cid, row)`` -> the member row a ``MemberRef`` names: rows that are not retired
    (a retired-codes table numbers its rows from 1 again)."""
    return {
        (member.cid, member.row): member
        for group in groups
        for member in group.members
        if not member.retired
    }


def _member(
    ref: MemberRef, rows: dict[tuple[int, int], ContextGroupMember], cid: int
) -> ContextGroupMember:
    member = rows.get((ref.cid, ref.row))
    if member is None or member.code != ref.code:
        raise GeneratorError(
            f"CID {cid}: resolved member ({ref.scheme}, {ref.value}) names row {ref.row} "
            f"of CID {ref.cid}, which does not hold it"
        )
    return member


def cid_entries(
    group: ContextGroup, rows: dict[tuple[int, int], ContextGroupMember]
) -> list[ContextGroupMember]:
    """The member rows of ``group``'s resolved membership, in order."""
    return [_member(ref, rows, group.cid) for ref in group.resolved]


def cid_names(
    group: ContextGroup, rows: dict[tuple[int, int], ContextGroupMember]
) -> dict[CodeKey, str]:
    """Code -> constant name for one CID module."""
    return member_names(
        ((member.code, member.keyword) for member in cid_entries(group, rows)),
        reserved=RESERVED,
        where=f"CID {group.cid}",
    )


def cid_summary(group: ContextGroup) -> str:
    """The first lines of a CID module's docstring."""
    kind = {None: "no type given", True: "Extensible", False: "Non-extensible"}[group.extensible]
    lines = [f"CID {group.cid} {group.name}.", ""]
    details = [kind]
    if group.version:
        details.append(f"version {group.version}")
    if group.uid:
        details.append(f"UID {group.uid}")
    lines.append(", ".join(details) + ".")
    if group.includes:
        lines.append("Includes " + ", ".join(f"CID {cid}" for cid in group.includes) + ".")
    if group.external_scheme:
        lines.append(f"Comprises the coding scheme {group.external_scheme} as a whole.")
    if group.retired:
        lines.append("Retired.")
    return "\n".join(lines)


def cid_module_data(
    group: ContextGroup,
    rows: dict[tuple[int, int], ContextGroupMember],
    concepts: dict[CodeKey, Concept],
) -> CodeModule:
    """Metadata, constants and members of one CID module."""
    resolved = cid_entries(group, rows)
    names = cid_names(group, rows)
    constants = tuple(
        CodeConstant(
            names[member.code],
            code_expression(
                member.scheme,
                member.value,
                member.meaning,
                concepts.get(member.code),
                member.retired,
            ),
            code_docstring(
                member.meaning,
                member.scheme,
                member.value,
                retired=member.retired,
                included_from=None if member.cid == group.cid else member.cid,
            ),
        )
        for member in resolved
    )
    extensible = group.extensible
    metadata = (
        Metadata("CID", "int", str(group.cid)),
        Metadata("NAME", "str", string(group.name)),
        Metadata("KEYWORD", "str | None", optional_string(group.keyword)),
        Metadata("UID", "str | None", optional_string(group.uid)),
        Metadata("EXTENSIBLE", "bool | None", str(extensible)),
        Metadata("VERSION", "str | None", optional_string(group.version)),
        Metadata(
            "INCLUDES", "tuple[int, ...]", _tuple_literal([str(cid) for cid in group.includes])
        ),
        Metadata("EXTERNAL_SCHEME", "str | None", optional_string(group.external_scheme)),
    )
    members = tuple(names[member.code] for member in resolved)
    code_type = f"_groups.{type_name(group.cid)}"
    return CodeModule(cid_summary(group), metadata, constants, members, code_type)


def scheme_module_data(scheme: CodingScheme, concepts: Sequence[Concept]) -> CodeModule:
    """Metadata, constants (sorted by name) and members of one coding scheme module."""
    names = member_names(
        (((c.scheme, c.value), c.keyword) for c in concepts),
        reserved=RESERVED,
        where=f"scheme {scheme.designator}",
    )
    ordered = sorted(concepts, key=lambda concept: names[(concept.scheme, concept.value)])
    constants = tuple(
        CodeConstant(
            names[(concept.scheme, concept.value)],
            code_expression(
                concept.scheme, concept.value, concept.meaning, concept, concept.retired
            ),
            code_docstring(concept.meaning, concept.scheme, concept.value, retired=concept.retired),
        )
        for concept in ordered
    )
    metadata = (
        Metadata("DESIGNATOR", "str", string(scheme.designator)),
        Metadata("NAME", "str", string(scheme.name)),
        Metadata("UID", "str | None", optional_string(scheme.uid)),
        Metadata("URI", "str | None", optional_string(scheme.uri)),
        Metadata("RETIRED", "bool", str(scheme.retired)),
    )
    title = f"Coding scheme {scheme.designator}" + (f": {scheme.name}" if scheme.name else "")
    lines = [f"{title}.", ""]
    lines.append(f"{len(concepts)} codes of PS3.16 context groups and Annex D.")
    if scheme.retired:
        lines.append("Retired.")
    return CodeModule("\n".join(lines), metadata, constants, tuple(c.name for c in constants))


def schemes_of(standard: Standard) -> list[CodingScheme]:
    """Table 8-1/8-2 schemes, plus any scheme concepts use that the tables lack, sorted."""
    found = {scheme.designator: scheme for scheme in standard.coding_schemes}
    for concept in standard.concepts:
        if concept.scheme not in found:
            raise NamingError(
                f"PS3.16: concept ({concept.scheme}, {concept.value}) uses a coding scheme "
                "that Tables 8-1 and 8-2 do not list"
            )
    return [found[designator] for designator in sorted(found)]


def package_entries(standard: Standard) -> tuple[list[PackageEntry], list[str]]:
    """Public names of ``dicomodel.codes`` (sorted) and the CID keywords left out.

    A keyword shared by two groups names neither ("CalculationMethod (CID 3745, CID 6140)").
    """
    entries: dict[str, str] = {}
    by_keyword: dict[str, list[int]] = {}
    for group in standard.context_groups:
        entries[cid_module(group.cid)] = cid_module(group.cid)
        if group.keyword and not group.retired:
            by_keyword.setdefault(group.keyword, []).append(group.cid)
    withheld: list[str] = []
    for keyword, cids in sorted(by_keyword.items()):
        if len(cids) > 1:
            withheld.append(f"{keyword} ({', '.join(f'CID {cid}' for cid in cids)})")
            continue
        _claim(entries, keyword, cid_module(cids[0]))
    _claim(entries, GROUPS_MODULE, GROUPS_MODULE)
    for scheme in schemes_of(standard):
        module = scheme_module(scheme.designator)
        _claim(entries, module, module)
        _claim(entries, scheme_attribute(scheme.designator), module)
    return [PackageEntry(name, entries[name]) for name in sorted(entries)], withheld


def _claim(entries: dict[str, str], name: str, module: str) -> None:
    if not name.isidentifier() or name in PACKAGE_NAMES:
        raise NamingError(f"dicomodel.codes: {name!r} cannot name module {module}")
    if entries.setdefault(name, module) != module:
        raise NamingError(f"dicomodel.codes: {name!r} would name both {entries[name]} and {module}")


def package_summary(standard: Standard, withheld: Sequence[str]) -> str:
    """The docstring of ``codes/__init__.py``."""
    lines = [
        "Coded concepts of DICOM PS3.16: one module per context group and per coding scheme.",
        "",
        "``codes.cid4410`` or ``codes.TopicalTreatment`` (the CID keyword; retired groups",
        "and groups without keyword by number only), ``codes.SCT`` or ``codes.scheme_sct``.",
        "Each module loads on first use. Every member is a ``dicomodel.coding.Code``",
        "named by its PS3.16 concept keyword; names that two codes of one module would",
        "share get ``_<code value>`` (``Axial_24422004``).",
    ]
    if withheld:
        lines += ["", "CID keywords shared by two groups name neither (use the number):"]
        lines += [f"{item}." for item in withheld]
    return "\n".join(lines)


def render_codes(standard: Standard) -> list[RenderedFile]:
    """Render ``dicomodel/codes/``: the package, one module per CID and per scheme.

    Checkers read the package's stub (``__init__.pyi``), which declares every module
    as a class of typed constants in one file: mypy reads each module a package names,
    and one file instead of ~1,500 keeps ``from dicomodel import codes`` cheap (issue
    15). Each module also has its own stub, for a direct ``import``.
    """
    rows = _rows_by_place(standard.context_groups)
    concepts = {(concept.scheme, concept.value): concept for concept in standard.concepts}
    entries, withheld = package_entries(standard)
    summary = package_summary(standard, withheld)
    old_entries = [
        PackageEntry(old, entry.module)
        for entry in entries
        if (old := old_spelling(entry.name)) is not None
    ]
    files = [
        render(
            PACKAGE_TEMPLATE,
            standard=standard,
            summary=summary,
            entries=entries,
            old_entries=old_entries,
        )
    ]
    modules: list[tuple[str, CodeModule]] = []
    for group in sorted(standard.context_groups, key=lambda g: g.cid):
        module = cid_module_data(group, rows, concepts)
        modules.append((cid_module(group.cid), module))
        files.extend(
            render(template, path_fields={"cid": group.cid}, standard=standard, module=module)
            for template in (CID_TEMPLATE, stub_template(CID_TEMPLATE))
        )
    by_scheme: dict[str, list[Concept]] = {}
    for concept in standard.concepts:
        by_scheme.setdefault(concept.scheme, []).append(concept)
    for scheme in schemes_of(standard):
        name = scheme_module(scheme.designator).removeprefix("scheme_")
        data = scheme_module_data(scheme, by_scheme.get(scheme.designator, []))
        modules.append((scheme_module(scheme.designator), data))
        files.extend(
            render(template, path_fields={"name": name}, standard=standard, module=data)
            for template in (SCHEME_TEMPLATE, stub_template(SCHEME_TEMPLATE))
        )
    files.extend(render_groups(standard))
    files.append(
        render(
            stub_template(PACKAGE_TEMPLATE),
            standard=standard,
            summary=summary,
            entries=entries,
            modules=modules,
        )
    )
    return files

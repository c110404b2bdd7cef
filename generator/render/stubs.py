"""Checker stubs (``.pyi``) of the model packages, written from the models' specs.

mypy reads every module an ``__init__`` names, and its cost grows with their number
more than with their size (issue 15: ``from dicomodel.iods import CTImage`` made it
analyse about 1,700 modules). So the classes of a package (``items``, ``enums``,
``iods``) are declared once, in that package's ``__init__.pyi``, and each module's
own stub re-exports them from there: a checker then reads three files where it
read 1,700, and every spelling of a class (``dicomodel.items.CodeSequenceItem``,
``dicomodel.items.code_sequence_item.CodeSequenceItem``) is the same class.

A stub keeps what checkers and IDEs read: bases, field annotations (without the
``Attribute`` metadata), defaults, class and field docstrings, enum members,
``__all__``. Run-time values (``Attribute`` metadata, module tables) and the lazy
``__getattr__`` are left to the ``.py``: a stub declares every name. A sequence of
coded items (item classes on ``CodedItem``) is declared as a ``CodeSequence``
descriptor, read as its items and set with items or ``Code`` s, as the run time
accepts them.

The stubs are written from the :class:`~generator.render.models.specs.ModuleFile`
specs the model modules are rendered from, not by parsing the rendered modules
(issue 16: parsing the 1,740 of them again was a third of the render phase), in the
layout :func:`ast.unparse` gives; ruff formats them with the rest of the tree. Only
the three small package ``__init__.py`` are read back, for their hand-written
functions (``iods.for_sop_class``).
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from generator.errors import GeneratorError
from generator.ir.standard import Standard
from generator.naming.literals import docstring_text
from generator.render.environment import environment
from generator.render.files import RenderedFile
from generator.render.models.specs import ClassSpec, EnumSpec, FieldSpec, Import, ModuleFile

MERGED_KINDS = ("items", "enums", "iods")
# The stubs' names of the descriptors of coded item sequences (dicomodel.coded_item).
_DESCRIPTORS = {"_CodeSequence": "CodeSequence", "_RequiredCodeSequence": "RequiredCodeSequence"}
STUB_NOTE = (
    "Stub for checkers: the classes of every module of this package, in one file "
    "(each module's own stub re-exports them)."
)
# Where the names the model template imports at its top come from
# (templates/common/model_file.jinja2); a class's own imports are in its spec.
_TEMPLATE_IMPORTS: dict[str, str] = {
    "ClassVar": "typing",
    "Literal": "typing",
    "TypeAlias": "typing",
    "StrEnum": "enum",
    "ConfigDict": "pydantic",
    "vr": "dicomodel",
    "DicomModel": "dicomodel.model",
}
_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*")  # a name, not an attribute (``vr`` of ``vr.CS``)
_LAZY_ALIAS = re.compile(r"(?<![\w.])_\w+")
# (module, name, asname): a name a stub may import
_Source = tuple[str, str, str | None]


def _package_kind(module: str) -> str | None:
    """``dicomodel.items.code_sequence_item`` -> ``items`` (a merged package)."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "dicomodel" and parts[1] in MERGED_KINDS:
        return parts[1]
    return None


def _qualified(here: str, kind: str, name: str) -> str:
    """A merged class as the stub of package ``here`` names it."""
    return name if kind == here else f"_{kind}.{name}"


@cache
def _docstring_literal(text: str) -> str:
    """``text`` as :func:`ast.unparse` writes a docstring (triple-quoted)."""
    return ast.unparse(ast.Module([ast.Expr(ast.Constant(text))], []))


@cache
def _names(text: str) -> frozenset[str]:
    """The names a type expression of ours uses (``vr`` and ``list`` of ``list[vr.DS]``)."""
    return frozenset(_NAME.findall(text))


@cache
def _stub_type(value_type: str, lazy: frozenset[Import], here: str) -> str:
    """``value_type`` with its lazy aliases as the package stubs name the classes:
    ``_ModalityTerm | vr.CS`` -> ``_enums.ModalityTerm | vr.CS``."""
    targets: dict[str, str] = {}
    for module, name in lazy:
        kind = _package_kind(module)
        if kind is None:
            raise GeneratorError(f"stub: lazy reference {name} to {module}, not a model package")
        targets[f"_{name}"] = _qualified(here, kind, name)
    return _LAZY_ALIAS.sub(lambda found: targets.get(found[0], found[0]), value_type)


@dataclass(slots=True)
class _PackageStub:
    """The text of one package's ``__init__.pyi`` as it is written, and what it uses."""

    kind: str
    coded: frozenset[str]
    lines: list[str] = field(default_factory=list)
    defined: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    sources: set[_Source] = field(default_factory=set)

    def add_file(self, file: ModuleFile) -> None:
        """The enums and classes of one model module, in its order."""
        for enum in file.enums:
            self._enum(enum)
        for spec in file.classes:
            self._class(spec)

    def _enum(self, enum: EnumSpec) -> None:
        lines = self.lines
        lines += ("", f"class {enum.name}(StrEnum):", f"    {_doc(enum.doc)}")
        for member in enum.members:
            lines.append(f"    {member.name} = {member.value!r}")
            if member.meaning:  # the template's docstring filter: whitespace collapsed
                lines.append(f"    {' '.join(member.meaning.split())!r}")
        self.defined.append(enum.name)
        self.used.add("StrEnum")
        if enum.closed:
            values = ", ".join(repr(member.value) for member in enum.members)
            lines.append(f"{enum.value_alias}: TypeAlias = {enum.name} | Literal[{values}]")
            self.defined.append(enum.value_alias)
            self.used |= {"TypeAlias", "Literal"}

    def _class(self, spec: ClassSpec) -> None:
        lines = self.lines
        lines += ("", f"class {spec.name}({spec.base}):", f"    {_doc(spec.doc)}")
        self.defined.append(spec.name)
        self.used |= {spec.base, "ClassVar", "str"}
        for module, name in spec.extra_imports:
            if name.startswith("_") or _package_kind(module) is not None:
                raise GeneratorError(f"stub: {spec.name} imports {name} from {module}")
            self.sources.add((module, name, None))
        if spec.open:
            lines.append("    model_config = ConfigDict(extra='allow')")
            self.used.add("ConfigDict")
        lines += ("    dicom_name: ClassVar[str]", "    dicom_table: ClassVar[str]")
        for var in spec.class_vars:  # a class variable keeps its type, not its value
            lines.append(f"    {var.name}: {var.annotation}")
            self.used |= _names(var.annotation)
        for field_spec in spec.fields:
            lines.append(f"    {field_spec.name}: {self._field(field_spec)}")
            # a field's docstring is a plain string to ast.unparse (not a first statement)
            lines.append(f"    {docstring_text(field_spec.doc)!r}")

    def _field(self, spec: FieldSpec) -> str:
        """The annotation and default of a field; a sequence of coded items is a
        ``_CodeSequence[X]`` (``_RequiredCodeSequence[X]`` when it may not be empty):
        the field also takes a ``Code``, read back as ``X``."""
        if spec.imports:
            raise GeneratorError(f"stub: field {spec.name} imports {sorted(spec.imports)}")
        stub = _stub_type(spec.value_type, spec.lazy, self.kind)
        if spec.item is not None and spec.item in self.coded:
            descriptor = "_CodeSequence" if spec.nullable else "_RequiredCodeSequence"
            item = _qualified(self.kind, "items", spec.item)
            stub = f"{descriptor}[{item}]"
            default = "" if spec.required else " = ..."
        else:
            stub = f"{stub} | None" if spec.nullable else stub
            default = "" if spec.required else " = None"
        self.used |= _names(stub)
        return stub + default

    def text(self, package: ast.Module, aliases: Mapping[str, str]) -> str:
        """The stub: imports of what its classes use, ``__all__`` of the package's
        ``__init__``, the classes, the item aliases and the package's functions."""
        clashes = sorted(name for name, count in Counter(self.defined).items() if count > 1)
        if clashes:
            raise GeneratorError(f"{self.kind} stub: two modules define {', '.join(clashes)}")
        body = self.lines
        body += (f"{alias} = {name}" for alias, name in sorted(aliases.items()))
        self.used |= {*aliases, *aliases.values()}
        for statement in package.body:
            if isinstance(statement, ast.FunctionDef) and not statement.name.startswith("__"):
                stub = _stub_function(statement)
                body += ("", ast.unparse(stub))
                self.used |= {node.id for node in ast.walk(stub) if isinstance(node, ast.Name)}
        for statement in _body(package):
            if not isinstance(statement, ast.ImportFrom) or not statement.module:
                continue
            if _package_kind(module := statement.module) is None:
                self.sources |= {(module, alias.name, alias.asname) for alias in statement.names}
        self.sources |= {(module, name, None) for name, module in _TEMPLATE_IMPORTS.items()}
        doc = (ast.get_docstring(package, clean=False) or "").rstrip()
        doc = doc.replace("\n\nGenerated", f"\n\n{STUB_NOTE}\n\nGenerated", 1)
        lines = [
            _docstring_literal(doc),
            *self._imports(),
            *self._package_imports(),
            *self._descriptor_imports(),
            _all(_public(package)),
            *body,
        ]
        return "\n".join(lines) + "\n"

    def _imports(self) -> list[str]:
        """The imports of the used names, one statement per module, names sorted (an
        unused import in a stub is an error to pyright strict)."""
        used = self.used - set(self.defined)
        by_module: dict[str, set[tuple[str, str | None]]] = {}
        for module, name, asname in self.sources:
            if (asname or name) in used and module not in ("importlib", "__future__"):
                by_module.setdefault(module, set()).add((name, asname))
        return [
            _import(module, sorted(names, key=str)) for module, names in sorted(by_module.items())
        ]

    def _package_imports(self) -> list[str]:
        """``from dicomodel import enums as _enums``, for each other package referred to."""
        used = {name.removeprefix("_") for name in self.used}
        others = [other for other in MERGED_KINDS if other != self.kind and other in used]
        return [_import("dicomodel", [(o, f"_{o}") for o in others])] if others else []

    def _descriptor_imports(self) -> list[str]:
        """The code sequence descriptors, when a field is one."""
        names = [(_DESCRIPTORS[name], name) for name in sorted(self.used & set(_DESCRIPTORS))]
        return [_import("dicomodel.coded_item", names)] if names else []


def _import(module: str, names: Iterable[tuple[str, str | None]]) -> str:
    aliases = ", ".join(name if asname is None else f"{name} as {asname}" for name, asname in names)
    return f"from {module} import {aliases}"


def _all(names: Iterable[str]) -> str:
    return f"__all__ = [{', '.join(repr(name) for name in names)}]"


def _doc(literal: str) -> str:
    """A class docstring of the specs (a :func:`docstring` literal), as a stub writes it."""
    return _docstring_literal(docstring_text(literal))


def _body(tree: ast.Module) -> list[ast.stmt]:
    """Top-level statements, ``if TYPE_CHECKING:`` blocks opened (their ``else`` dropped)."""
    found: list[ast.stmt] = []
    for statement in tree.body:
        if isinstance(statement, ast.If) and _is_type_checking(statement.test):
            found.extend(statement.body)
        else:
            found.append(statement)
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def _stub_function(function: ast.FunctionDef) -> ast.FunctionDef:
    body: list[ast.stmt] = [ast.Expr(ast.Constant(...))]
    first = function.body[0] if function.body else None
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        body = [first]
    stub = ast.FunctionDef(
        name=function.name,
        args=function.args,
        body=body,
        decorator_list=function.decorator_list,
        returns=function.returns,
    )
    return ast.fix_missing_locations(ast.copy_location(stub, function))


def _public(tree: ast.Module) -> list[str]:
    """The module's ``__all__``, as rendered (a list of string literals)."""
    for statement in tree.body:
        if (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and statement.targets[0].id == "__all__"
            and isinstance(statement.value, ast.List)
        ):
            return [
                str(item.value) for item in statement.value.elts if isinstance(item, ast.Constant)
            ]
    return []


def _module_stub(file: ModuleFile, kind: str, header: Any) -> RenderedFile:
    """A model module's stub: its classes and keyword names, from the package stubs."""
    by_kind: dict[str, list[tuple[str, str | None]]] = {}
    for name in _defined(file):
        by_kind.setdefault(kind, []).append((name, name))
    for name, module, target in file.exports:
        source = _package_kind(module)
        if source is None:
            raise GeneratorError(f"stub: {file.path} offers {name} of {module}")
        by_kind.setdefault(source, []).append((target, name))
    lines = [
        _docstring_literal(_module_doc(file.doc, header)),
        *(
            _import(f"dicomodel.{source}", sorted(names, key=_asname))
            for source, names in sorted(by_kind.items())
        ),
        _all(file.public_names),
    ]
    return RenderedFile(file.path.removesuffix(".py") + ".pyi", "\n".join(lines) + "\n")


def _asname(alias: tuple[str, str | None]) -> str:
    return alias[1] or ""


def _defined(file: ModuleFile) -> list[str]:
    """The names a model module defines, in its order: enums (with their value alias
    when closed), then classes."""
    names: list[str] = []
    for enum in file.enums:
        names.append(enum.name)
        if enum.closed:
            names.append(enum.value_alias)
    names += (spec.name for spec in file.classes)
    return names


def _module_doc(doc: str, header: Any) -> str:
    """The docstring the model template gives a module (``common/header.jinja2``)."""
    text = ast.literal_eval(str(header(doc)))
    if not isinstance(text, str):
        raise GeneratorError(f"stub: the header of {doc!r} is not a docstring")
    return text.rstrip()


def model_stubs(
    files: Mapping[str, ModuleFile],
    packages: Mapping[str, RenderedFile],
    item_aliases: Mapping[str, str],
    standard: Standard,
) -> list[RenderedFile]:
    """The stubs of the merged packages (``items``, ``enums``, ``iods``): one
    ``__init__.pyi`` per package with its classes, one re-exporting stub per module.

    ``files``: the model modules by path; ``packages``: each merged package's rendered
    ``__init__.py``; ``item_aliases``: another name of a shared item class (sequence
    keyword -> class); ``standard``: what the template header names (its edition).
    """
    macro = environment().get_template("common/header.jinja2").module.header  # type: ignore[attr-defined]

    def header(doc: str) -> Any:
        return macro(standard, doc)

    by_kind: dict[str, list[ModuleFile]] = {kind: [] for kind in MERGED_KINDS}
    for path, file in files.items():
        parts = path.split("/")
        if len(parts) == 3 and parts[1] in MERGED_KINDS:
            by_kind[parts[1]].append(file)
    coded = frozenset(
        spec.name for file in by_kind["items"] for spec in file.classes if spec.base == "CodedItem"
    )
    stubs: list[RenderedFile] = []
    for kind in MERGED_KINDS:
        modules = sorted(by_kind[kind], key=lambda file: file.path)
        package = packages[kind]
        merged = _PackageStub(kind, coded)
        for file in modules:
            merged.add_file(file)
        aliases = item_aliases if kind == "items" else {}
        text = merged.text(ast.parse(package.content), aliases)
        stubs.append(RenderedFile(package.path.removesuffix(".py") + ".pyi", text))
        stubs.extend(_module_stub(file, kind, header) for file in modules)
    return stubs

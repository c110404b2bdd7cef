"""Checker stubs (``.pyi``) of the model packages, derived from the rendered modules.

mypy reads every module an ``__init__`` names, and its cost grows with their number
more than with their size (issue 15: ``from dicomodel.iods import CTImage`` made it
analyse about 1,700 modules). So the classes of a package (``items``, ``enums``,
``iods``) are declared once, in that package's ``__init__.pyi``, and each module's
own stub re-exports them from there: a checker then reads three files where it
read 1,700, and every spelling of a class (``dicomodel.items.CodeSequenceItem``,
``dicomodel.items.code_sequence_item.CodeSequenceItem``) is the same class.

A stub keeps what checkers and IDEs read: bases, field annotations (the
``Annotated`` metadata dropped), defaults, class and field docstrings, enum
members, ``__all__``. Run-time values (``Attribute`` metadata, module tables) and the
lazy ``__getattr__`` are left to the ``.py``: a stub declares every name. A sequence
of coded items (item classes on ``CodedItem``) is declared as a ``CodeSequence``
descriptor, read as its items and set with items or ``Code`` s, as the run time
accepts them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.errors import GeneratorError
from generator.render.files import RenderedFile

MERGED_KINDS = ("items", "enums", "iods")
# The stubs' names of the descriptors of coded item sequences (dicomodel.coded_item).
_DESCRIPTORS = {"_CodeSequence": "CodeSequence", "_RequiredCodeSequence": "RequiredCodeSequence"}
STUB_NOTE = (
    "Stub for checkers: the classes of every module of this package, in one file "
    "(each module's own stub re-exports them)."
)


@dataclass(frozen=True, slots=True)
class _Rewriter:
    """How a module's references become references into the merged package stubs."""

    kind: str  # the package whose stub will hold this module's classes
    module_aliases: Mapping[str, str]  # ``_modality`` -> ``enums``
    # ``CodeSequenceItem`` or its private alias ``_CodeSequenceItem`` -> (``items``,
    # ``CodeSequenceItem``): a merged class, by the name the module refers to it
    imported: Mapping[str, tuple[str, str]]

    def expression(self, node: ast.expr) -> ast.expr:
        """``_modality.ModalityValue`` -> ``_enums.ModalityValue``; an imported merged
        class of another package -> ``_items.Name``; ``Annotated[X, ...]`` -> ``X``."""
        return _References(self).visit(node)  # type: ignore[no-any-return]


class _References(ast.NodeTransformer):
    def __init__(self, rewriter: _Rewriter) -> None:
        self.rewriter = rewriter

    def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
        if isinstance(node.value, ast.Name) and node.value.id == "Annotated":
            first = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
            return self.visit(first)  # type: ignore[no-any-return]
        self.generic_visit(node)
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.expr:
        if isinstance(node.value, ast.Name):
            kind = self.rewriter.module_aliases.get(node.value.id)
            if kind is not None:
                return _qualified(self.rewriter.kind, kind, node.attr)
        self.generic_visit(node)
        return node

    def visit_Name(self, node: ast.Name) -> ast.expr:
        found = self.rewriter.imported.get(node.id)
        if found is not None:
            return _qualified(self.rewriter.kind, *found)
        return node


def _qualified(here: str, kind: str, name: str) -> ast.expr:
    if kind == here:
        return ast.Name(name, ast.Load())
    return ast.Attribute(ast.Name(f"_{kind}", ast.Load()), name, ast.Load())


def _package_kind(module: str) -> str | None:
    """``dicomodel.items.code_sequence_item`` -> ``items`` (a merged package)."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "dicomodel" and parts[1] in MERGED_KINDS:
        return parts[1]
    return None


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


def _docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


@dataclass(slots=True)
class _Parsed:
    """One rendered model module: its classes and what it imports and offers."""

    path: str
    kind: str
    tree: ast.Module
    classes: list[ast.stmt]  # class definitions and value aliases (``XValue: TypeAlias``)
    imports: list[ast.ImportFrom]  # imports of names other than merged classes
    exports: list[tuple[str, str, str]]  # (name, kind, target): offered by keyword
    public: list[str]
    rewriter: _Rewriter


def _parse(file: RenderedFile) -> _Parsed:
    kind = file.path.split("/")[1]
    tree = ast.parse(file.content)
    module_aliases: dict[str, str] = {}
    imported: dict[str, tuple[str, str]] = {}
    imports: list[ast.ImportFrom] = []
    exports: list[tuple[str, str, str]] = []
    classes: list[ast.stmt] = []
    for statement in _body(tree):
        if isinstance(statement, ast.ImportFrom) and statement.module:
            source = _package_kind(statement.module)
            for alias in statement.names:
                name = alias.asname or alias.name
                if (
                    source is not None
                    and name in (alias.name, f"_{alias.name}")
                    and (statement.module.count(".") > 1)
                ):
                    # from dicomodel.items.x import X, or X as _X: a reference that the
                    # run time resolves lazily (dicomodel.lazy)
                    imported[name] = (source, alias.name)
                elif statement.module.count(".") == 1 and source is not None:
                    module_aliases[name] = source  # from dicomodel.enums import x as _x
                elif source is not None:
                    exports.append((name, source, alias.name))  # ... import X as Name
                else:
                    imports.append(ast.ImportFrom(statement.module, [alias], 0))
        elif _is_definition(statement):
            classes.append(statement)
    public = _public(tree)
    for name, (source, target) in imported.items():  # imported, offered as it is named
        if name in public and name == target:
            exports.append((name, source, name))
    rewriter = _Rewriter(kind, module_aliases, imported)
    return _Parsed(file.path, kind, tree, classes, imports, exports, public, rewriter)


def _is_definition(statement: ast.stmt) -> bool:
    """A class, or ``XValue: TypeAlias = ...`` (the value type of a closed enum)."""
    if isinstance(statement, ast.ClassDef):
        return True
    return (
        isinstance(statement, ast.AnnAssign)
        and isinstance(statement.annotation, ast.Name)
        and statement.annotation.id == "TypeAlias"
    )


def _target(statement: ast.Assign) -> str | None:
    (target,) = statement.targets
    return target.id if isinstance(target, ast.Name) else None


def _stub_class_body(
    body: Iterable[ast.stmt], rewriter: _Rewriter, coded: frozenset[str]
) -> list[ast.stmt]:
    """Fields keep their type, default and docstring; class variables lose their value.
    A sequence of coded items is a :class:`~dicomodel.coded_item.CodeSequence`."""
    found: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.AnnAssign):
            annotation = rewriter.expression(statement.annotation)
            sequence = _code_sequence(annotation, coded)
            value = statement.value
            if _is_class_var(annotation) or value is None:
                value = None
            elif sequence is not None or not (
                isinstance(value, ast.Constant) and value.value is None
            ):
                value = ast.Constant(...)
            annotation = sequence or annotation
            found.append(ast.AnnAssign(statement.target, annotation, value, statement.simple))
        elif isinstance(statement, ast.FunctionDef):
            found.append(_stub_function(statement))
        elif isinstance(statement, ast.Assign) or _docstring(statement):
            found.append(statement)
    return found or [ast.Expr(ast.Constant(...))]


def _code_sequence(annotation: ast.expr, coded: frozenset[str]) -> ast.expr | None:
    """``list[X] | None`` -> ``_CodeSequence[X]`` and ``list[X]`` ->
    ``_RequiredCodeSequence[X]`` when ``X`` is a coded item class (a descriptor: the
    field also takes a ``Code``, read back as ``X``); ``None`` for any other field."""
    optional = (
        isinstance(annotation, ast.BinOp)
        and isinstance(annotation.op, ast.BitOr)
        and isinstance(annotation.right, ast.Constant)
        and annotation.right.value is None
    )
    inner = annotation.left if isinstance(annotation, ast.BinOp) and optional else annotation
    if not (
        isinstance(inner, ast.Subscript)
        and isinstance(inner.value, ast.Name)
        and inner.value.id == "list"
    ):
        return None
    item = inner.slice
    name = item.id if isinstance(item, ast.Name) else getattr(item, "attr", None)
    if name not in coded:
        return None
    descriptor = "_CodeSequence" if optional else "_RequiredCodeSequence"
    return ast.Subscript(ast.Name(descriptor, ast.Load()), item, ast.Load())


def _is_class_var(annotation: ast.expr) -> bool:
    return (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "ClassVar"
    )


def _stub_function(function: ast.FunctionDef) -> ast.FunctionDef:
    body: list[ast.stmt] = [ast.Expr(ast.Constant(...))]
    if function.body and _docstring(function.body[0]):
        body = [function.body[0]]
    return ast.FunctionDef(
        name=function.name,
        args=function.args,
        body=body,
        decorator_list=function.decorator_list,
        returns=function.returns,
    )


def _stub_definition(statement: ast.stmt, rewriter: _Rewriter, coded: frozenset[str]) -> ast.stmt:
    if isinstance(statement, ast.ClassDef):
        bases = [rewriter.expression(base) for base in statement.bases]
        return ast.ClassDef(
            name=statement.name,
            bases=bases,
            keywords=statement.keywords,
            body=_stub_class_body(statement.body, rewriter, coded),
            decorator_list=statement.decorator_list,
        )
    if isinstance(statement, ast.AnnAssign):
        value = rewriter.expression(statement.value) if statement.value else None
        return ast.AnnAssign(statement.target, statement.annotation, value, statement.simple)
    return statement


def _defined_names(statement: ast.stmt) -> str:
    if isinstance(statement, ast.ClassDef):
        return statement.name
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    raise GeneratorError(f"stub: cannot name {ast.dump(statement)[:80]}")


def _imports(nodes: Iterable[ast.ImportFrom], *, used: frozenset[str]) -> list[ast.stmt]:
    """The imports of the ``used`` names, one statement per module, names sorted (an
    unused import in a stub is an error to pyright strict)."""
    by_module: dict[str, set[tuple[str, str | None]]] = {}
    for node in nodes:
        assert node.module is not None
        for alias in node.names:
            if (alias.asname or alias.name) in used:
                by_module.setdefault(node.module, set()).add((alias.name, alias.asname))
    return [
        ast.ImportFrom(module, [ast.alias(n, a) for n, a in sorted(names, key=str)], 0)
        for module, names in sorted(by_module.items())
        if module not in ("importlib", "__future__")
    ]


def _all(names: Iterable[str]) -> ast.stmt:
    return ast.Assign(
        [ast.Name("__all__", ast.Store())],
        ast.List([ast.Constant(name) for name in names], ast.Load()),
        lineno=0,
    )


def _used_names(statements: Iterable[ast.stmt]) -> frozenset[str]:
    return frozenset(
        node.id
        for statement in statements
        for node in ast.walk(statement)
        if isinstance(node, ast.Name)
    )


def _text(doc: str, statements: list[ast.stmt]) -> str:
    module = ast.Module([ast.Expr(ast.Constant(doc)), *statements], [])
    return ast.unparse(ast.fix_missing_locations(module)) + "\n"


def _descriptor_imports(definitions: list[ast.stmt]) -> list[ast.stmt]:
    """The code sequence descriptors, when a definition uses them."""
    used = {
        node.id
        for statement in definitions
        for node in ast.walk(statement)
        if isinstance(node, ast.Name) and node.id in _DESCRIPTORS
    }
    names = [ast.alias(_DESCRIPTORS[name], name) for name in sorted(used)]
    return [ast.ImportFrom("dicomodel.coded_item", names, 0)] if names else []


def _package_imports(kind: str, definitions: list[ast.stmt]) -> list[ast.stmt]:
    """``from dicomodel import enums as _enums``, for each other package referred to."""
    used = {
        node.id.removeprefix("_")
        for statement in definitions
        for node in ast.walk(statement)
        if isinstance(node, ast.Name) and node.id.removeprefix("_") in MERGED_KINDS
    }
    others = [other for other in MERGED_KINDS if other != kind and other in used]
    if not others:
        return []
    return [ast.ImportFrom("dicomodel", [ast.alias(o, f"_{o}") for o in others], 0)]


def _merged_stub(
    kind: str,
    package: RenderedFile,
    modules: list[_Parsed],
    aliases: Mapping[str, str],
    coded: frozenset[str],
) -> RenderedFile:
    """``dicomodel/<kind>/__init__.pyi``: every class of the package's modules."""
    definitions: list[ast.stmt] = []
    names: list[str] = []
    imports: list[ast.ImportFrom] = []
    for parsed in modules:
        imports.extend(parsed.imports)
        for statement in parsed.classes:
            definitions.append(_stub_definition(statement, parsed.rewriter, coded))
            names.append(_defined_names(statement))
    clashes = sorted({name for name in names if names.count(name) > 1})
    if clashes:
        raise GeneratorError(f"{kind} stub: two modules define {', '.join(clashes)}")
    package_tree = ast.parse(package.content)
    public = _public(package_tree)
    package_functions = [
        _stub_function(statement)
        for statement in package_tree.body
        if isinstance(statement, ast.FunctionDef) and not statement.name.startswith("__")
    ]
    package_imports = [
        statement
        for statement in _body(package_tree)
        if isinstance(statement, ast.ImportFrom) and _package_kind(statement.module or "") is None
    ]
    body: list[ast.stmt] = [
        *definitions,
        *(
            ast.Assign([ast.Name(alias, ast.Store())], ast.Name(name, ast.Load()), lineno=0)
            for alias, name in sorted(aliases.items())
        ),
        *package_functions,
    ]
    # No ``__getattr__`` (the .py's lazy loader): every name is declared, and pyright
    # calls a stub with one incomplete.
    used = _used_names(body) - frozenset(names)
    statements: list[ast.stmt] = [
        *_imports([*imports, *package_imports], used=used),
        *_package_imports(kind, definitions),
        *_descriptor_imports(definitions),
        _all(public),
        *body,
    ]
    doc = (ast.get_docstring(package_tree, clean=False) or "").rstrip()
    doc = doc.replace("\n\nGenerated", f"\n\n{STUB_NOTE}\n\nGenerated", 1)
    return RenderedFile(package.path.removesuffix(".py") + ".pyi", _text(doc, statements))


def _public(tree: ast.Module) -> list[str]:
    """The module's ``__all__``, as rendered (a list of string literals)."""
    for statement in tree.body:
        if (
            isinstance(statement, ast.Assign)
            and _target(statement) == "__all__"
            and isinstance(statement.value, ast.List)
        ):
            return [
                str(item.value) for item in statement.value.elts if isinstance(item, ast.Constant)
            ]
    return []


def _module_stub(parsed: _Parsed) -> RenderedFile:
    """A model module's stub: its classes and keyword names, from the package stubs."""
    by_kind: dict[str, list[ast.alias]] = {}
    own = [_defined_names(statement) for statement in parsed.classes]
    for name in own:
        by_kind.setdefault(parsed.kind, []).append(ast.alias(name, name))
    for name, kind, target in parsed.exports:
        by_kind.setdefault(kind, []).append(ast.alias(target, name))
    statements: list[ast.stmt] = [
        *(
            ast.ImportFrom(f"dicomodel.{kind}", sorted(names, key=lambda a: a.asname or ""), 0)
            for kind, names in sorted(by_kind.items())
        ),
        _all(parsed.public),
    ]
    doc = (ast.get_docstring(parsed.tree, clean=False) or "").rstrip()
    return RenderedFile(parsed.path.removesuffix(".py") + ".pyi", _text(doc, statements))


def model_stubs(
    files: Iterable[RenderedFile], item_aliases: Mapping[str, str]
) -> list[RenderedFile]:
    """The stubs of the merged packages (``items``, ``enums``, ``iods``): one
    ``__init__.pyi`` per package with its classes, one re-exporting stub per module.

    ``item_aliases``: another name of a shared item class (sequence keyword -> class).
    """
    modules: dict[str, list[_Parsed]] = {kind: [] for kind in MERGED_KINDS}
    packages: dict[str, RenderedFile] = {}
    for file in files:
        parts = file.path.split("/")
        if len(parts) != 3 or parts[1] not in MERGED_KINDS or not file.path.endswith(".py"):
            continue
        if parts[2] == "__init__.py":
            packages[parts[1]] = file
        else:
            modules[parts[1]].append(_parse(file))
    coded = _coded_items(modules["items"])
    stubs: list[RenderedFile] = []
    for kind in MERGED_KINDS:
        parsed = sorted(modules[kind], key=lambda module: module.path)
        aliases = item_aliases if kind == "items" else {}
        stubs.append(_merged_stub(kind, packages[kind], parsed, aliases, coded))
        stubs.extend(_module_stub(module) for module in parsed)
    return stubs


def _coded_items(items: Iterable[_Parsed]) -> frozenset[str]:
    """The item classes built on ``CodedItem`` (the Code Sequence Macro's attributes)."""
    return frozenset(
        statement.name
        for parsed in items
        for statement in parsed.classes
        if isinstance(statement, ast.ClassDef)
        and any(isinstance(base, ast.Name) and base.id == "CodedItem" for base in statement.bases)
    )

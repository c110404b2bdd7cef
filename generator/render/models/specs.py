"""What the model templates render: classes, fields and enums as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

# (module, name): ``from module import name``; a name starting with ``_`` is a
# module alias: ``from package import module as _module``. A field's item classes and
# enums are (module, name) pairs too, referred to lazily (``FieldSpec.lazy``).
Import = tuple[str, str]
# (name, module, target): a model file offers ``target`` of ``module`` as ``name``, the
# name a user guesses from a keyword (``ConceptNameCodeSequenceItem``, ``Modality``).
Export = tuple[str, str, str]
# (depth, name, module, target): an export found ``depth`` sequences below the class.
DeepExport = tuple[int, str, str, str]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One model field: its annotation (with the ``Attribute`` metadata) and docstring."""

    name: str
    annotation: str
    required: bool
    doc: str
    imports: frozenset[Import] = frozenset()
    exports: frozenset[DeepExport] = frozenset()
    lazy: frozenset[Import] = frozenset()
    """The item classes and enums the annotation names by :func:`lazy_alias`."""
    value_type: str = ""
    """The type a value has, without ``None`` and the ``Attribute`` metadata
    (``list[_CodeSequenceItem]``): what the stubs declare (:mod:`generator.render.stubs`)."""
    nullable: bool = True
    """The annotation adds ``| None`` (anything but Type 1 where required)."""
    item: str | None = None
    """The item class of a sequence field (``value_type`` is a ``list`` of it)."""
    metadata: str = ""
    """The ``Attribute(...)`` literal of the annotation."""
    item_class: Import | None = None
    """``item``'s module and name, when it is a class of the ``items`` package."""

    @property
    def signature(self) -> tuple[str, str, bool]:
        """Identity of the field for sharing item classes (docstrings excluded)."""
        return (self.name, self.annotation, self.required)


@dataclass(frozen=True, slots=True)
class ClassVarSpec:
    """A class variable of a model: ``name: annotation = value``."""

    name: str
    annotation: str
    value: str

    @property
    def line(self) -> str:
        """The statement in the class body."""
        return f"{self.name}: {self.annotation} = {self.value}"


@dataclass(frozen=True, slots=True)
class ClassSpec:
    """A generated pydantic model class."""

    name: str
    doc: str
    dicom_name: str
    dicom_table: str
    fields: tuple[FieldSpec, ...]
    open: bool = False
    extra_imports: frozenset[Import] = frozenset()
    class_vars: tuple[ClassVarSpec, ...] = ()
    base: str = "DicomModel"

    @property
    def imports(self) -> frozenset[Import]:
        """Everything the class's annotations need, besides the runtime base."""
        found: set[Import] = set(self.extra_imports)
        for spec in self.fields:
            found |= spec.imports
        return frozenset(found)

    @property
    def lazy(self) -> frozenset[Import]:
        """The item classes and enums the fields' annotations refer to lazily."""
        found: set[Import] = set()
        for spec in self.fields:
            found |= spec.lazy
        return frozenset(found)

    @property
    def exports(self) -> frozenset[DeepExport]:
        """The keyword names of every item class and enum the fields use, nested ones too."""
        found: set[DeepExport] = set()
        for spec in self.fields:
            found |= spec.exports
        return frozenset(found)


@dataclass(frozen=True, slots=True)
class EnumMember:
    """One member: Python name, DICOM value, and its meaning as published."""

    name: str
    value: str
    meaning: str


@dataclass(frozen=True, slots=True)
class EnumSpec:
    """An enum of Enumerated Values (closed) or Defined Terms (open)."""

    name: str
    doc: str
    closed: bool
    members: tuple[EnumMember, ...]

    @property
    def value_alias(self) -> str:
        """The type a field of Enumerated Values takes: the enum or its values as
        ``Literal`` strings (for checkers; at run time the enum itself)."""
        return f"{self.name}Value"


@dataclass(slots=True)
class ModuleFile:
    """One generated Python module: its path, classes and enums, in order."""

    path: str
    doc: str
    classes: list[ClassSpec] = field(default_factory=list)
    enums: list[EnumSpec] = field(default_factory=list)

    @property
    def imports(self) -> list[str]:
        """Import lines for other generated modules, sorted, without self-imports."""
        own = {spec.name for spec in self.classes} | {spec.name for spec in self.enums}
        found = {imp for spec in self.classes for imp in spec.imports if imp[1] not in own}
        return sorted(_import_line(module, name) for module, name in found)

    @property
    def lazy_references(self) -> list[tuple[str, str, str]]:
        """``(alias, module, name)`` of each class the annotations refer to lazily, sorted:
        imported under ``TYPE_CHECKING`` for checkers, a :class:`dicomodel.lazy.Lazy`
        at run time, so that importing the file imports none of them (issue 16)."""
        found = {ref for spec in self.classes for ref in spec.lazy}
        return sorted((lazy_alias(name), module, name) for module, name in found)

    @property
    def exports(self) -> list[Export]:
        """What the file offers by keyword name, sorted: each name that stands for one
        class or enum at the shallowest depth it occurs (a top-level Photometric
        Interpretation wins over an icon image item's), is not defined here and not
        imported under that name for something else."""
        own = {spec.name for spec in self.classes} | {spec.name for spec in self.enums}
        bound = self._bound_names
        targets: dict[str, dict[int, set[tuple[str, str]]]] = {}
        for spec in self.classes:
            for depth, name, module, target in spec.exports:
                targets.setdefault(name, {}).setdefault(depth, set()).add((module, target))
        found: list[Export] = []
        for name, by_depth in targets.items():
            places = by_depth[min(by_depth)]
            if len(places) != 1 or name in own:
                continue
            module, target = next(iter(places))
            if name in bound and bound[name] != (module, target):
                continue
            found.append((name, module, target))
        return sorted(found)

    @property
    def _bound_names(self) -> dict[str, tuple[str, str]]:
        """Names the file's imports bind at run time -> (module, name)."""
        return {name: (module, name) for spec in self.classes for module, name in spec.imports}

    @property
    def lazy_exports(self) -> list[Export]:
        """The exports the file does not already import at run time under their name."""
        bound = self._bound_names
        return [export for export in self.exports if export[0] not in bound]

    @property
    def public_names(self) -> list[str]:
        """``__all__``: the classes and enums defined here, their value aliases, exports."""
        names = {spec.name for spec in self.classes}
        for spec in self.enums:
            names.add(spec.name)
            if spec.closed:
                names.add(spec.value_alias)
        names.update(name for name, _, _ in self.exports)
        return sorted(names)

    @property
    def typing_names(self) -> list[str]:
        """What the file imports from ``typing``."""
        names: set[str] = set()
        if self.lazy_enums:
            return ["TYPE_CHECKING", "Any"]  # enums made by functions; checkers: the stub
        if self.classes:
            names.add("ClassVar")  # Annotated: dicomodel.annotated's (issue 16)
        if any(spec.closed for spec in self.enums):
            names |= {"TYPE_CHECKING", "Literal", "TypeAlias"}
        if self.lazy_exports:
            names |= {"TYPE_CHECKING", "Any"}
        if self.lazy_references:
            names.add("TYPE_CHECKING")
        return sorted(names)

    @property
    def lazy_enums(self) -> bool:
        """True for a file of several enums and no class: each enum is made on first
        use (38 enums of Modality, of which a model needs one; issue 16)."""
        return len(self.enums) > 1 and not self.classes

    @property
    def is_open(self) -> bool:
        """True when a class of the file accepts attributes it does not declare."""
        return any(spec.open for spec in self.classes)


def lazy_alias(name: str) -> str:
    """The private name under which a file refers to a class lazily: ``_CodeSequenceItem``."""
    return f"_{name}"


def _import_line(module: str, name: str) -> str:
    if name.startswith("_"):
        package, _, leaf = module.rpartition(".")
        return f"from {package} import {leaf} as {name}"
    return f"from {module} import {name}"

"""What the model templates render: classes, fields and enums as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

# (module, name): ``from module import name``; a name starting with ``_`` is a
# module alias: ``from package import module as _module``.
Import = tuple[str, str]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One model field: its annotation (with the ``Attribute`` metadata) and docstring."""

    name: str
    annotation: str
    required: bool
    doc: str
    imports: frozenset[Import] = frozenset()

    @property
    def signature(self) -> tuple[str, str, bool]:
        """Identity of the field for sharing item classes (docstrings excluded)."""
        return (self.name, self.annotation, self.required)


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
    class_vars: tuple[str, ...] = ()

    @property
    def imports(self) -> frozenset[Import]:
        """Everything the class's annotations need, besides the runtime base."""
        found: set[Import] = set(self.extra_imports)
        for spec in self.fields:
            found |= spec.imports
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
    def is_open(self) -> bool:
        """True when a class of the file accepts attributes it does not declare."""
        return any(spec.open for spec in self.classes)


def _import_line(module: str, name: str) -> str:
    if name.startswith("_"):
        package, _, leaf = module.rpartition(".")
        return f"from {package} import {leaf} as {name}"
    return f"from {module} import {name}"

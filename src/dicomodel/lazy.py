"""Classes that generated annotations name without importing them (issue 16).

A generated model file refers to the item classes and enums of its fields through
a :class:`Lazy` reference: ``list[_CodeSequenceItem]`` where, at run time,
``_CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")``
(checkers see the class itself, imported under ``TYPE_CHECKING``). Importing an
IOD then creates only its own class; an item class or enum is imported, and its
schema built, when a value of it is first validated. Values and errors are those
of the class's own validator: an item instance is taken as it is
(``revalidate_instances="never"``), anything else is validated by the item class
with the errors located inside the item; an enum validates as pydantic validates
an enum field.
"""

from __future__ import annotations

import importlib
from enum import Enum
from typing import Any, Literal, Union

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, SchemaValidator, core_schema

from dicomodel.annotated import or_none

__all__ = ["Lazy", "enum_schema", "resolved"]


class Lazy:
    """A class named by its module and name, imported on first use."""

    __slots__ = ("_enum_validator", "_schema", "_target", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._target: type[Any] | None = None
        self._enum_validator: SchemaValidator | None = None
        self._schema: CoreSchema | None = None

    def __repr__(self) -> str:
        return f"Lazy({self.module!r}, {self.name!r})"

    def __or__(self, other: Any) -> Any:
        if other is None:  # most fields: made faster than typing makes it (issue 16)
            return or_none(self)
        return Union[self, other]  # noqa: UP007 (a Lazy is no type: ``|`` is this)

    def __ror__(self, other: Any) -> Any:
        return Union[other, self]  # noqa: UP007

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """An instance of the class (typing also takes a callable as a type)."""
        return self.resolve()(*args, **kwargs)

    def resolve(self) -> type[Any]:
        """The class itself (imported on the first call)."""
        target = self._target
        if target is None:
            target = getattr(importlib.import_module(self.module), self.name)
            self._target = target
        return target

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler, /
    ) -> CoreSchema:
        """A validator that imports the class and builds its schema on first use; in
        strict and in lax mode (the two passes of a union) as the class's own."""
        return self._new_schema()

    def core_schema(self) -> CoreSchema:
        """That schema, made once and shared by the fields :mod:`dicomodel.model_schema`
        builds (pydantic's own build gets a new one: it may change what it gets)."""
        schema = self._schema
        if schema is None:
            schema = self._schema = self._new_schema()
        return schema

    def _new_schema(self) -> CoreSchema:
        return core_schema.lax_or_strict_schema(
            lax_schema=core_schema.no_info_plain_validator_function(self._lax),
            strict_schema=core_schema.no_info_plain_validator_function(self._strict),
        )

    def _lax(self, value: Any) -> Any:
        return self._validate(value, False)

    def _strict(self, value: Any) -> Any:
        return self._validate(value, True)

    def _validate(self, value: Any, strict: bool) -> Any:
        target = self.resolve()
        if isinstance(value, target):
            return value
        if issubclass(target, Enum):
            validator = self._enum_validator
            if validator is None:
                validator = self._enum_validator = SchemaValidator(enum_schema(target))
            return validator.validate_python(value, strict=strict)
        # An item: its own validator, as for an eager item field (model._item_schema).
        return target.__pydantic_validator__.validate_python(value)


def enum_schema(enum: type[Enum]) -> CoreSchema:
    """The core schema pydantic validates an enum field with (its ``_enum_schema``, less
    what only JSON Schema uses), made without pydantic's schema generation (issue 16:
    a ``TypeAdapter`` per enum cost some 0.3 ms each on first use)."""
    sub_type: Literal["str", "int", "float"] | None = None
    if issubclass(enum, int):
        sub_type = "int"
    elif issubclass(enum, str):
        sub_type = "str"
    elif issubclass(enum, float):
        sub_type = "float"
    return core_schema.enum_schema(enum, list(enum.__members__.values()), sub_type=sub_type)


def resolved(annotation: Any) -> Any:
    """``annotation`` itself, or the class a :class:`Lazy` reference names."""
    return annotation.resolve() if isinstance(annotation, Lazy) else annotation

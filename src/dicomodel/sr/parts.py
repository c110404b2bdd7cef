"""Typed template parts: the generated ``dicomodel.templates`` classes and their trees.

A generated class (``dicomodel.templates.tid1500.MeasurementReport``) is a
:class:`TemplatePart`: ``TEMPLATE`` is its template, ``ROW`` the row it stands
for (its single top-level item, or a nested row) or ``None`` for a group of rows
that are siblings in the including item. Each field's metadata names its row.

``part.to_items()`` gives the content items (a root template's item carries its
TID for the Content Template Sequence); ``Cls.from_items(items)`` reads them back
through :func:`dicomodel.sr.template.match`.
"""

from __future__ import annotations

import dataclasses
import importlib
import types
import typing
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Self, TypeVar

from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Value, link_references
from dicomodel.sr.template import Occurrence, RowDef, TemplateDef, match

__all__ = ["Named", "TemplatePart", "no_items"]

T = TypeVar("T")


def no_items() -> list[Any]:
    """The default of a field for a row of VM > 1: no values (``list`` itself would be
    ``list[Unknown]`` to pyright's strict mode)."""
    return []


@dataclass(frozen=True, slots=True)
class Named(Generic[T]):
    """A value whose concept name the row does not fix: a context group, a ``$parameter``."""

    concept: Code
    value: T


@dataclass(kw_only=True)
class TemplatePart:
    """Base of the generated template classes."""

    TEMPLATE: ClassVar[TemplateDef]
    ROW: ClassVar[str | None] = None

    def to_items(self) -> list[ContentItem]:
        """The content items of this part (one item, or the group's items)."""
        children = self._children()
        if self.ROW is None:
            return children
        row = self.TEMPLATE.row(self.ROW)
        concept = row.concept if row.concept is not None else getattr(self, "concept", None)
        item = ContentItem(
            value_type=row.value_type,
            concept=concept,
            value=getattr(self, "value", None),
            relationship=row.relationship,
            children=children,
        )
        if self.TEMPLATE.root and self.TEMPLATE.children(None)[0].key == self.ROW:
            item.template = self.TEMPLATE.tid
        return [item]

    def _children(self) -> list[ContentItem]:
        items: list[ContentItem] = []
        for f in dataclasses.fields(self):
            key = f.metadata.get("row")
            if key is None:
                continue
            row = self.TEMPLATE.row(key)
            value: object = getattr(self, f.name)
            values: list[object]
            if isinstance(value, list):
                values = list(typing.cast("list[object]", value))
            else:
                values = [] if value is None else [value]
            for one in values:
                items.extend(_items_of(row, one))
        return items

    @classmethod
    def from_items(cls, items: list[ContentItem]) -> Self:
        """The part read from content items (the root item, or a group's items)."""
        if cls.TEMPLATE.root:
            for item in items:
                link_references(item)
        level = match(cls.TEMPLATE, None, items)
        if cls.ROW is None:
            return cls._from_rows(level.rows)
        found = level.rows.get(cls.ROW) or []
        if not found:
            msg = f"TID {cls.TEMPLATE.tid}: no content item for row {cls.ROW}"
            raise ValueError(msg)
        return cls._from_occurrence(found[0])

    @classmethod
    def _from_occurrence(cls, occurrence: Occurrence) -> Self:
        item = occurrence.item
        extra: dict[str, Any] = {}
        names = {f.name for f in dataclasses.fields(cls)}
        if item is not None and "concept" in names:
            extra["concept"] = item.concept
        if item is not None and "value" in names:
            extra["value"] = item.value
        return cls._from_rows(occurrence.rows, **extra)

    @classmethod
    def _from_rows(cls, rows: dict[str, list[Occurrence]], **extra: Any) -> Self:
        hints = typing.get_type_hints(cls, localns=_namespace(cls))
        values: dict[str, Any] = dict(extra)
        for f in dataclasses.fields(cls):
            key = f.metadata.get("row")
            if key is None:
                continue
            found = rows.get(key, [])
            read = [cls._value_of(o, hints.get(f.name)) for o in found]
            many = typing.get_origin(hints.get(f.name)) is list
            values[f.name] = read if many else (read[0] if read else None)
        return cls(**values)

    @staticmethod
    def _value_of(occurrence: Occurrence, hint: object) -> object:
        target = hint
        if typing.get_origin(target) is list:
            target = typing.get_args(target)[0]
        args = [a for a in typing.get_args(target) if a is not type(None)]
        if typing.get_origin(target) in (typing.Union, types.UnionType):
            target = args[0] if args else target
        if isinstance(target, type) and issubclass(target, TemplatePart):
            if occurrence.included is not None:
                if target.ROW is None:
                    return target._from_rows(occurrence.rows)
                top = occurrence.rows.get(target.ROW) or []
                return target._from_occurrence(top[0]) if top else None
            return target._from_occurrence(occurrence)
        reached = occurrence.item
        if target is ContentItem:
            return reached  # a by-reference item stays one (its target is ``.target``)
        # A by-reference item's value is its target's (PS3.3 Section C.17.3.2.5).
        item = reached.seen if reached is not None else None
        if item is None:
            return None
        if typing.get_origin(target) is Named:
            return Named(item.concept or Code("", "", ""), item.value)
        return item.value


def _namespace(cls: type[TemplatePart]) -> dict[str, Any]:
    """Names for resolving the string annotations: the included template modules."""
    module = importlib.import_module(cls.__module__)
    space: dict[str, Any] = dict(vars(module))
    for f in dataclasses.fields(cls):
        text = str(f.type)
        for word in text.replace("[", " ").replace("]", " ").replace("|", " ").split():
            if word.startswith("tid") and "." in word:
                name = word.split(".", 1)[0]
                space[name] = importlib.import_module(f"dicomodel.templates.{name}")
    return space


def _items_of(row: RowDef, value: object) -> list[ContentItem]:
    if isinstance(value, TemplatePart):
        items = value.to_items()
        for item in items:
            if item.relationship is None:
                item.relationship = row.relationship
        return items
    if isinstance(value, ContentItem):
        return [value]
    if isinstance(value, Named):
        named = typing.cast("Named[Value]", value)
        concept: Code | None = named.concept
        inner: Value = named.value
    else:
        concept, inner = row.concept, typing.cast(Value, value)
    return [ContentItem(row.value_type, concept, inner, relationship=row.relationship)]

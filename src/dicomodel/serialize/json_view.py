"""A read-only data set of the elements the JSON reader has decoded, for the presence walk.

:func:`dicomodel.validation.presence_errors` walks a data set through a small part of
pydicom's ``Dataset``: the element mapping ``_dict`` (keyed by tag), ``keys()``,
``get(tag)``, ``tag in``, ``[tag]`` and iteration over the elements, each element
offering ``.tag``, ``.VR`` and ``.value`` (a sequence's value: its items, data sets
again). :class:`ElementsView` is that part over a plain ``dict``; the reader of
:mod:`dicomodel.serialize.json_read` fills it with :class:`ReadElement` s of the
values it has decoded for the model's fields (the same value objects the data
elements of ``json_to_dataset`` hold) and with the data elements it keeps as extra,
so the walk sees what it would see in the ``Dataset`` of the same JSON, without
pydicom making one ``Dataset`` and one ``DataElement`` for each of them.
"""

from __future__ import annotations

from collections.abc import Iterator, KeysView
from typing import Any

from pydicom.multival import MultiValue
from pydicom.valuerep import PersonName

__all__ = ["ElementsView", "ReadElement"]


class ReadElement:
    """The part of a data element the reader and the walk look at: tag, VR and value."""

    __slots__ = ("VR", "is_undefined_length", "tag", "value")

    def __init__(self, tag: int, vr: str, value: Any) -> None:
        self.tag = tag
        self.VR = vr
        self.value = value
        self.is_undefined_length = False

    @property
    def VM(self) -> int:  # noqa: N802 (pydicom's name)
        """The value multiplicity as pydicom counts it (``DataElement.VM``)."""
        value = self.value
        if self.VR == "SQ":
            return 1
        if value is None:
            return 0
        if isinstance(value, (str, bytes, PersonName)):
            return 1 if value else 0
        if isinstance(value, (list, MultiValue)):
            return len(value)
        return 1


class ElementsView:
    """Elements by tag, read as a pydicom ``Dataset`` is read (module docstring)."""

    __slots__ = ("_dict",)

    def __init__(self, elements: dict[int, Any]) -> None:
        self._dict = elements

    def keys(self) -> KeysView[int]:
        """The tags, in the order the elements were put in."""
        return self._dict.keys()

    def get(self, tag: int, default: Any = None) -> Any:
        """The element of ``tag``, or ``default``."""
        return self._dict.get(tag, default)

    def __getitem__(self, tag: int) -> Any:
        return self._dict[tag]

    def __contains__(self, tag: object) -> bool:
        return tag in self._dict

    def __iter__(self) -> Iterator[Any]:
        return iter(self._dict.values())

    def __len__(self) -> int:
        return len(self._dict)

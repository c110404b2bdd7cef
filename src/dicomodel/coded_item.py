"""The base of every generated sequence item that holds one coded concept.

A code sequence item (PS3.3 Table 8.8-1, Code Sequence Macro) has Code Value, Coding
Scheme Designator and Code Meaning; :meth:`CodedItem.from_code` builds one from a
:class:`~dicomodel.coding.Code` (``codes.cid7153.Amygdala``) or a pydicom code, and
:meth:`CodedItem.to_code` gives the concept back. A sequence of such items also takes
a ``Code`` as an item, converted as ``from_code`` does (``image.AnatomicRegionSequence
= [codes.cid4031.Chest]``); checkers see that field as a :class:`CodeSequence`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar, overload

from pydantic import model_validator

from dicomodel.coding import Code, CodedConcept
from dicomodel.model import DicomModel

# ``type[C] -> C`` rather than ``Self``: jedi completes the class's fields after it.
C = TypeVar("C", bound="CodedItem")
ItemT = TypeVar("ItemT", bound="CodedItem")  # the item class of a sequence

__all__ = ["CodeSequence", "CodedConcept", "CodedItem", "RequiredCodeSequence"]

# PS3.3 Section 8.1: Code Value holds at most 16 characters and no URN or URL; a longer
# value is a Long Code Value (0008,0119), a URN or URL a URN Code Value (0008,0120).
_CODE_VALUE_LIMIT = 16
_URN_PREFIXES = ("urn:", "http://", "https://")


class CodedItem(DicomModel):
    """A sequence item with the attributes of the Code Sequence Macro (PS3.3 8.8-1)."""

    @classmethod
    def from_code(cls: type[C], code: CodedConcept) -> C:
        """The item of ``code``: its value in Code Value, Long Code Value or URN Code
        Value as PS3.3 Section 8.1 says, its scheme (and version) and meaning."""
        return cls.model_validate(_code_values(code))

    @model_validator(mode="before")
    @classmethod
    def _code_as_item(cls, data: Any) -> Any:
        """A :class:`~dicomodel.coding.Code` given where an item is expected (an item of
        a code sequence, built or assigned) is the item :meth:`from_code` builds."""
        return _code_values(data) if isinstance(data, Code) else data

    def to_code(self) -> Code:
        """The concept this item codes (its first of Code, Long Code and URN Code Value)."""
        fields = self.__dict__
        value = fields.get("CodeValue") or fields.get("LongCodeValue") or fields.get("URNCodeValue")
        scheme = fields.get("CodingSchemeDesignator")
        if not value or not scheme:
            msg = f"{type(self).__name__} holds no code value and coding scheme"
            raise ValueError(msg)
        return Code(str(scheme), str(value), str(fields.get("CodeMeaning") or ""))


def _code_values(code: CodedConcept) -> dict[str, Any]:
    values: dict[str, Any] = {
        _value_field(code.value): code.value,
        "CodingSchemeDesignator": code.scheme_designator,
        "CodeMeaning": code.meaning,
    }
    if code.scheme_version:
        values["CodingSchemeVersion"] = code.scheme_version
    return values


class CodeSequence(Generic[ItemT]):
    """How checkers see a sequence field of coded items (the generated stubs declare it;
    at run time the field is an ordinary ``list[ItemT] | None``): it is read as items and
    takes items or :class:`~dicomodel.coding.Code` s, which become items."""

    @overload
    def __get__(self, instance: None, owner: type[Any], /) -> CodeSequence[ItemT]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any], /) -> list[ItemT] | None: ...
    def __get__(self, instance: object, owner: type[Any], /) -> Any:
        raise NotImplementedError("a type for checkers only")

    def __set__(self, instance: object, value: Sequence[ItemT | Code] | None, /) -> None:
        raise NotImplementedError("a type for checkers only")


class RequiredCodeSequence(Generic[ItemT]):
    """:class:`CodeSequence` of a Type 1 sequence: never ``None``."""

    @overload
    def __get__(self, instance: None, owner: type[Any], /) -> RequiredCodeSequence[ItemT]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any], /) -> list[ItemT]: ...
    def __get__(self, instance: object, owner: type[Any], /) -> Any:
        raise NotImplementedError("a type for checkers only")

    def __set__(self, instance: object, value: Sequence[ItemT | Code], /) -> None:
        raise NotImplementedError("a type for checkers only")


def _value_field(value: str) -> str:
    if value.lower().startswith(_URN_PREFIXES):
        return "URNCodeValue"
    return "CodeValue" if len(value) <= _CODE_VALUE_LIMIT else "LongCodeValue"

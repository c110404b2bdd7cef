"""The base of every generated sequence item that holds one coded concept.

A code sequence item (PS3.3 Table 8.8-1, Code Sequence Macro) has Code Value, Coding
Scheme Designator and Code Meaning; :meth:`CodedItem.from_code` builds one from a
:class:`~dicomodel.coding.Code` (``codes.cid7153.Amygdala``) or a pydicom code, and
:meth:`CodedItem.to_code` gives the concept back.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from dicomodel.coding import Code
from dicomodel.model import DicomModel

# ``type[C] -> C`` rather than ``Self``: jedi completes the class's fields after it.
C = TypeVar("C", bound="CodedItem")

__all__ = ["CodedConcept", "CodedItem"]

# PS3.3 Section 8.1: Code Value holds at most 16 characters and no URN or URL; a longer
# value is a Long Code Value (0008,0119), a URN or URL a URN Code Value (0008,0120).
_CODE_VALUE_LIMIT = 16
_URN_PREFIXES = ("urn:", "http://", "https://")


class CodedConcept(Protocol):
    """A coded concept as dicomodel and pydicom (``pydicom.sr.coding.Code``) spell it."""

    @property
    def value(self) -> str: ...

    @property
    def scheme_designator(self) -> str: ...

    @property
    def meaning(self) -> str: ...

    @property
    def scheme_version(self) -> str | None: ...


class CodedItem(DicomModel):
    """A sequence item with the attributes of the Code Sequence Macro (PS3.3 8.8-1)."""

    @classmethod
    def from_code(cls: type[C], code: CodedConcept) -> C:
        """The item of ``code``: its value in Code Value, Long Code Value or URN Code
        Value as PS3.3 Section 8.1 says, its scheme (and version) and meaning."""
        values: dict[str, Any] = {
            _value_field(code.value): code.value,
            "CodingSchemeDesignator": code.scheme_designator,
            "CodeMeaning": code.meaning,
        }
        if code.scheme_version:
            values["CodingSchemeVersion"] = code.scheme_version
        return cls.model_validate(values)

    def to_code(self) -> Code:
        """The concept this item codes (its first of Code, Long Code and URN Code Value)."""
        fields = self.__dict__
        value = fields.get("CodeValue") or fields.get("LongCodeValue") or fields.get("URNCodeValue")
        scheme = fields.get("CodingSchemeDesignator")
        if not value or not scheme:
            msg = f"{type(self).__name__} holds no code value and coding scheme"
            raise ValueError(msg)
        return Code(str(scheme), str(value), str(fields.get("CodeMeaning") or ""))


def _value_field(value: str) -> str:
    if value.lower().startswith(_URN_PREFIXES):
        return "URNCodeValue"
    return "CodeValue" if len(value) <= _CODE_VALUE_LIMIT else "LongCodeValue"

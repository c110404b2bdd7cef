"""Coded concepts: what every generated code constant is.

Importing this module does not import pydicom (a CID module of
``dicomodel.codes`` stays cheap to load); :meth:`Code.to_pydicom` does.
Nor does type-checking it: naming ``pydicom.sr.coding.Code`` makes mypy analyse
the ``pydicom.sr`` package, whose concept dictionaries cost more than all of
``dicomodel.iods`` (issue 15); :class:`CodedConcept` describes what a caller reads.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

__all__ = ["Code", "CodedConcept", "CodingScheme", "ContextGroup"]


class CodedConcept(Protocol):
    """A coded concept as dicomodel and pydicom (``pydicom.sr.coding.Code``) spell it:
    what :meth:`Code.to_pydicom` returns, as checkers see it (``typing.cast`` it to
    pydicom's class where an API asks for that class)."""

    @property
    def value(self) -> str: ...
    @property
    def scheme_designator(self) -> str: ...
    @property
    def meaning(self) -> str: ...
    @property
    def scheme_version(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Code:
    """A coded concept of PS3.16: scheme designator, code value, code meaning.

    ``cids`` are the context groups whose tables list it. Two codes are equal
    when scheme and value are; the meaning is informative. A code also equals a
    ``pydicom.sr.coding.Code`` of the same scheme and value, both ways round: it
    has the ``scheme_designator`` and ``scheme_version`` that pydicom's comparison
    reads, and hashes as pydicom's codes do (pydicom's own comparison also maps
    retired SRT codes to SCT).
    """

    scheme: str
    value: str
    meaning: str
    cids: tuple[int, ...] = ()
    retired: bool = False

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Code):
            return (self.scheme, self.value) == (other.scheme, other.value)
        pydicom_coding = sys.modules.get("pydicom.sr.coding")
        # Without pydicom.sr.coding imported, ``other`` cannot be one of its codes.
        if pydicom_coding is not None and isinstance(other, pydicom_coding.Code):
            theirs: Any = other
            return (self.scheme, self.value) == (theirs.scheme_designator, theirs.value)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.scheme + self.value)

    @property
    def scheme_designator(self) -> str:
        """The scheme, under the name pydicom uses."""
        return self.scheme

    @property
    def scheme_version(self) -> str | None:
        """Always ``None``: PS3.16 codes carry no scheme version."""
        return None

    def to_pydicom(self) -> CodedConcept:
        """The same concept as ``pydicom.sr.coding.Code``."""
        # imported by name, so that checkers do not follow it (see the module docstring)
        pydicom_coding = importlib.import_module("pydicom.sr.coding")
        code: CodedConcept = pydicom_coding.Code(
            value=self.value, scheme_designator=self.scheme, meaning=self.meaning
        )
        return code


CodeT = TypeVar("CodeT", bound="Code", covariant=True)


@dataclass(frozen=True, slots=True)
class ContextGroup(Generic[CodeT]):
    """A context group of PS3.16 as a CID module describes it: ``codes.cid4410.__cid__``.

    One object under a dunder name, so that completion after ``codes.cid4410.`` lists
    the group's codes first (jedi puts names that start with ``_`` last). The module's
    ``CID``, ``NAME``, ... and ``MEMBERS`` are the same values, at run time only.
    Checkers see it parameterized by the group's code type
    (``ContextGroup[Cid4410Code]``, :mod:`dicomodel.codes.groups`).
    """

    cid: int
    name: str
    keyword: str | None
    uid: str | None
    extensible: bool | None
    version: str | None
    includes: tuple[int, ...]
    external_scheme: str | None
    members: tuple[CodeT, ...]
    """The resolved membership: own members, then those of the included groups."""


@dataclass(frozen=True, slots=True)
class CodingScheme:
    """A coding scheme as a scheme module describes it: ``codes.SCT.__scheme__`` (see
    :class:`ContextGroup` for why a dunder)."""

    designator: str
    name: str
    uid: str | None
    uri: str | None
    retired: bool
    members: tuple[Code, ...]
    """Every code of the scheme in PS3.16, sorted by name."""

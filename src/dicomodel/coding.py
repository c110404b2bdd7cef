"""Coded concepts: what every generated code constant is."""

from __future__ import annotations

from dataclasses import dataclass

from pydicom.sr.coding import Code as PydicomCode


@dataclass(frozen=True, slots=True)
class Code:
    """A coded concept of PS3.16: scheme designator, code value, code meaning.

    ``cids`` are the context groups whose tables list it. Two codes are equal
    when scheme and value are; the meaning is informative.
    """

    scheme: str
    value: str
    meaning: str
    cids: tuple[int, ...] = ()
    retired: bool = False

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Code):
            return (self.scheme, self.value) == (other.scheme, other.value)
        if isinstance(other, PydicomCode):
            return (self.scheme, self.value) == (other.scheme_designator, other.value)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.scheme, self.value))

    def to_pydicom(self) -> PydicomCode:
        """The same concept as ``pydicom.sr.coding.Code``."""
        return PydicomCode(value=self.value, scheme_designator=self.scheme, meaning=self.meaning)

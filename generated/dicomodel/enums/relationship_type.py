"""Enumerated Values and Defined Terms of Relationship Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RelationshipType",
    "RelationshipTypeEncapsulatedDocument",
    "RelationshipTypeEncapsulatedDocumentValue",
    "RelationshipTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RelationshipType as RelationshipType
    from dicomodel.enums import (
        RelationshipTypeEncapsulatedDocument as RelationshipTypeEncapsulatedDocument,
    )
    from dicomodel.enums import (
        RelationshipTypeEncapsulatedDocumentValue as RelationshipTypeEncapsulatedDocumentValue,
    )
    from dicomodel.enums import RelationshipTypeValue as RelationshipTypeValue


@cache
def _RelationshipType() -> type[StrEnum]:
    class RelationshipType(StrEnum):
        """Enumerated Values of Relationship Type (0040,A010) in Document Relationship Macro Attributes (C.17-6)."""

        CONTAINS = "CONTAINS"
        HAS_PROPERTIES = "HAS PROPERTIES"
        HAS_OBS_CONTEXT = "HAS OBS CONTEXT"
        HAS_ACQ_CONTEXT = "HAS ACQ CONTEXT"
        INFERRED_FROM = "INFERRED FROM"
        SELECTED_FROM = "SELECTED FROM"
        HAS_CONCEPT_MOD = "HAS CONCEPT MOD"

    RelationshipType.__qualname__ = "RelationshipType"
    return RelationshipType


@cache
def _RelationshipTypeEncapsulatedDocument() -> type[StrEnum]:
    class RelationshipTypeEncapsulatedDocument(StrEnum):
        """Enumerated Values of Relationship Type (0040,A010) in Encapsulated Document Module Attributes (C.24-2)."""

        CONTAINS = "CONTAINS"
        HAS_OBS_CONTEXT = "HAS OBS CONTEXT"
        HAS_ACQ_CONTEXT = "HAS ACQ CONTEXT"
        HAS_CONCEPT_MOD = "HAS CONCEPT MOD"

    RelationshipTypeEncapsulatedDocument.__qualname__ = "RelationshipTypeEncapsulatedDocument"
    return RelationshipTypeEncapsulatedDocument


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RelationshipType": _RelationshipType,
    "RelationshipTypeValue": _RelationshipType,
    "RelationshipTypeEncapsulatedDocument": _RelationshipTypeEncapsulatedDocument,
    "RelationshipTypeEncapsulatedDocumentValue": _RelationshipTypeEncapsulatedDocument,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

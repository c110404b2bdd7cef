"""Enumerated Values and Defined Terms of Relationship Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RelationshipType",
    "RelationshipTypeEncapsulatedDocument",
    "RelationshipTypeEncapsulatedDocumentValue",
    "RelationshipTypeValue",
]


class RelationshipType(StrEnum):
    """Enumerated Values of Relationship Type (0040,A010) in Document Relationship Macro Attributes (C.17-6)."""

    CONTAINS = "CONTAINS"
    HAS_PROPERTIES = "HAS PROPERTIES"
    HAS_OBS_CONTEXT = "HAS OBS CONTEXT"
    HAS_ACQ_CONTEXT = "HAS ACQ CONTEXT"
    INFERRED_FROM = "INFERRED FROM"
    SELECTED_FROM = "SELECTED FROM"
    HAS_CONCEPT_MOD = "HAS CONCEPT MOD"


if TYPE_CHECKING:
    RelationshipTypeValue: TypeAlias = (
        RelationshipType
        | Literal[
            "CONTAINS",
            "HAS PROPERTIES",
            "HAS OBS CONTEXT",
            "HAS ACQ CONTEXT",
            "INFERRED FROM",
            "SELECTED FROM",
            "HAS CONCEPT MOD",
        ]
    )
else:
    RelationshipTypeValue = RelationshipType
"""A value of RelationshipType: the enum or the string of one of its members."""


class RelationshipTypeEncapsulatedDocument(StrEnum):
    """Enumerated Values of Relationship Type (0040,A010) in Encapsulated Document Module Attributes (C.24-2)."""

    CONTAINS = "CONTAINS"
    HAS_OBS_CONTEXT = "HAS OBS CONTEXT"
    HAS_ACQ_CONTEXT = "HAS ACQ CONTEXT"
    HAS_CONCEPT_MOD = "HAS CONCEPT MOD"


if TYPE_CHECKING:
    RelationshipTypeEncapsulatedDocumentValue: TypeAlias = (
        RelationshipTypeEncapsulatedDocument
        | Literal["CONTAINS", "HAS OBS CONTEXT", "HAS ACQ CONTEXT", "HAS CONCEPT MOD"]
    )
else:
    RelationshipTypeEncapsulatedDocumentValue = RelationshipTypeEncapsulatedDocument
"""A value of RelationshipTypeEncapsulatedDocument: the enum or the string of one of its members."""

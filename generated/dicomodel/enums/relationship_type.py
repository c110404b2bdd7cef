"""Enumerated Values and Defined Terms of Relationship Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RelationshipType(StrEnum):
    """Enumerated Values of Relationship Type (0040,A010) in Document Relationship Macro Attributes (C.17-6)."""

    CONTAINS = "CONTAINS"
    HAS_PROPERTIES = "HAS PROPERTIES"
    HAS_OBS_CONTEXT = "HAS OBS CONTEXT"
    HAS_ACQ_CONTEXT = "HAS ACQ CONTEXT"
    INFERRED_FROM = "INFERRED FROM"
    SELECTED_FROM = "SELECTED FROM"
    HAS_CONCEPT_MOD = "HAS CONCEPT MOD"


class RelationshipTypeEncapsulatedDocument(StrEnum):
    """Enumerated Values of Relationship Type (0040,A010) in Encapsulated Document Module Attributes (C.24-2)."""

    CONTAINS = "CONTAINS"
    HAS_OBS_CONTEXT = "HAS OBS CONTEXT"
    HAS_ACQ_CONTEXT = "HAS ACQ CONTEXT"
    HAS_CONCEPT_MOD = "HAS CONCEPT MOD"

"""Enumerated Values and Defined Terms of Fraction-Based Relationship Interval Anchor.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    FractionBasedRelationshipIntervalAnchor as FractionBasedRelationshipIntervalAnchor,
)
from dicomodel.enums import (
    FractionBasedRelationshipIntervalAnchorValue as FractionBasedRelationshipIntervalAnchorValue,
)

__all__ = [
    "FractionBasedRelationshipIntervalAnchor",
    "FractionBasedRelationshipIntervalAnchorValue",
]

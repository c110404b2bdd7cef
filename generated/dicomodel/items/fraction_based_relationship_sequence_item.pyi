"""Item class FractionBasedRelationshipSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    FractionBasedRelationshipIntervalAnchor as FractionBasedRelationshipIntervalAnchor,
)
from dicomodel.items import (
    FractionBasedRelationshipSequenceItem as FractionBasedRelationshipSequenceItem,
)

__all__ = ["FractionBasedRelationshipIntervalAnchor", "FractionBasedRelationshipSequenceItem"]

"""Enumerated Values and Defined Terms of C-arm Positioner Tabletop Relationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CArmPositionerTabletopRelationship as CArmPositionerTabletopRelationship
from dicomodel.enums import (
    CArmPositionerTabletopRelationshipValue as CArmPositionerTabletopRelationshipValue,
)

__all__ = ["CArmPositionerTabletopRelationship", "CArmPositionerTabletopRelationshipValue"]

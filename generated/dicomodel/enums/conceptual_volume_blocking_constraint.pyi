"""Enumerated Values and Defined Terms of Conceptual Volume Blocking Constraint.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConceptualVolumeBlockingConstraint as ConceptualVolumeBlockingConstraint
from dicomodel.enums import (
    ConceptualVolumeBlockingConstraintValue as ConceptualVolumeBlockingConstraintValue,
)

__all__ = ["ConceptualVolumeBlockingConstraint", "ConceptualVolumeBlockingConstraintValue"]

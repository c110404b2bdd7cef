"""Enumerated Values and Defined Terms of Conceptual Volume Blocking Constraint.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConceptualVolumeBlockingConstraint",
    "ConceptualVolumeBlockingConstraintValue",
]


class ConceptualVolumeBlockingConstraint(StrEnum):
    """Enumerated Values of Conceptual Volume Blocking Constraint (3010,0068) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    NONE = "NONE"
    """No constraint."""
    UPSTREAM = "UPSTREAM"
    """The optimization is constrained to minimize primary radiation from the source passing through the current Conceptual Volume. The Conceptual Volume is upstream of the target."""
    DOWNSTREAM = "DOWNSTREAM"
    """The optimization is constrained to minimize primary radiation from the source passing through the current Conceptual Volume. The Conceptual Volume is downstream of the target."""
    TOTAL = "TOTAL"
    """The optimization is constrained to minimize primary radiation passing through the current Conceptual Volume."""


if TYPE_CHECKING:
    ConceptualVolumeBlockingConstraintValue: TypeAlias = (
        ConceptualVolumeBlockingConstraint | Literal["NONE", "UPSTREAM", "DOWNSTREAM", "TOTAL"]
    )
else:
    ConceptualVolumeBlockingConstraintValue = ConceptualVolumeBlockingConstraint
"""A value of ConceptualVolumeBlockingConstraint: the enum or the string of one of its members."""

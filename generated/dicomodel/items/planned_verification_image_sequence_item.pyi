"""Item class PlannedVerificationImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTImagePlane as RTImagePlane
from dicomodel.items import (
    PlannedVerificationImageSequenceItem as PlannedVerificationImageSequenceItem,
)

__all__ = ["PlannedVerificationImageSequenceItem", "RTImagePlane"]

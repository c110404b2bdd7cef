"""Item class ReferencedDosimetricObjectivesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedDosimetricObjectivesSequenceItem as ReferencedDosimetricObjectivesSequenceItem,
)

__all__ = ["ReferencedDosimetricObjectivesSequenceItem"]

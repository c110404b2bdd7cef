"""Item class SpecimenDescriptionSequenceItemInventory.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SpecimenDescriptionSequenceItemInventory as SpecimenDescriptionSequenceItemInventory,
)

__all__ = ["SpecimenDescriptionSequenceItemInventory"]

"""Item class ImageBoxSynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TypeOfSynchronizationTerm as TypeOfSynchronizationTerm
from dicomodel.items import (
    ImageBoxSynchronizationSequenceItem as ImageBoxSynchronizationSequenceItem,
)

__all__ = ["ImageBoxSynchronizationSequenceItem", "TypeOfSynchronizationTerm"]

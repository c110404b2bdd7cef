"""Item class ReferencedBrachyApplicationSetupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedBrachyApplicationSetupSequenceItem as ReferencedBrachyApplicationSetupSequenceItem,
)

__all__ = ["ReferencedBrachyApplicationSetupSequenceItem"]

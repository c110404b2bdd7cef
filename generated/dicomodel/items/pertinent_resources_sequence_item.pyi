"""Item class PertinentResourcesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PertinentResourcesSequenceItem as PertinentResourcesSequenceItem

__all__ = ["PertinentResourcesSequenceItem"]

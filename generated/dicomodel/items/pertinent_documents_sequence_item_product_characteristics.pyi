"""Item class PertinentDocumentsSequenceItemProductCharacteristics.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PertinentDocumentsSequenceItemProductCharacteristics as PertinentDocumentsSequenceItemProductCharacteristics,
)

__all__ = ["PertinentDocumentsSequenceItemProductCharacteristics"]

"""Item class ChemicalShiftSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ChemicalShiftSequenceItem as ChemicalShiftSequenceItem

__all__ = ["ChemicalShiftSequenceItem"]

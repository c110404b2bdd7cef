"""Item class CorrectedParameterSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CorrectedParameterSequenceItem as CorrectedParameterSequenceItem

__all__ = ["CorrectedParameterSequenceItem"]

"""Item class TwoDDegreeOfFreedomSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem

__all__ = ["TwoDDegreeOfFreedomSequenceItem"]

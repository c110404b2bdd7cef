"""Item class ExcitationWavelengthSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ExcitationWavelengthSequenceItem as ExcitationWavelengthSequenceItem

__all__ = ["ExcitationWavelengthSequenceItem"]

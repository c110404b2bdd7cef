"""Item class PhaseInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PhaseDescription as PhaseDescription
from dicomodel.items import PhaseInformationSequenceItem as PhaseInformationSequenceItem

__all__ = ["PhaseDescription", "PhaseInformationSequenceItem"]

"""Item class FunctionalMRSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SettlingPhaseFrame as SettlingPhaseFrame
from dicomodel.items import FunctionalMRSequenceItem as FunctionalMRSequenceItem

__all__ = ["FunctionalMRSequenceItem", "SettlingPhaseFrame"]

"""Item class DeidentificationActionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem

__all__ = ["DeidentificationAction", "DeidentificationActionSequenceItem"]

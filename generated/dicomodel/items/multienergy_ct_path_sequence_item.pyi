"""Item class MultienergyCTPathSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MultienergyCTPathSequenceItem as MultienergyCTPathSequenceItem

__all__ = ["MultienergyCTPathSequenceItem"]

"""Item class ComponentInputSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ComponentInputSequenceItem as ComponentInputSequenceItem

__all__ = ["ComponentInputSequenceItem"]

"""Item class ComponentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ComponentSequenceItem as ComponentSequenceItem

__all__ = ["ComponentSequenceItem"]

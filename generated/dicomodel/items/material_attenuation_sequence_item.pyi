"""Item class MaterialAttenuationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MaterialAttenuationSequenceItem as MaterialAttenuationSequenceItem

__all__ = ["MaterialAttenuationSequenceItem"]

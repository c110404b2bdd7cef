"""Item class ComponentAssemblySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ComponentAssemblySequenceItem as ComponentAssemblySequenceItem

__all__ = ["ComponentAssemblySequenceItem"]

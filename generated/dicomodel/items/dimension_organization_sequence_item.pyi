"""Item class DimensionOrganizationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DimensionOrganizationSequenceItem as DimensionOrganizationSequenceItem

__all__ = ["DimensionOrganizationSequenceItem"]

"""Item class WedgeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgeTypeTerm as WedgeTypeTerm
from dicomodel.items import WedgeSequenceItem as WedgeSequenceItem

__all__ = ["WedgeSequenceItem", "WedgeTypeTerm"]

"""Item class RecordedWedgeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgeTypeTerm as WedgeTypeTerm
from dicomodel.items import RecordedWedgeSequenceItem as RecordedWedgeSequenceItem

__all__ = ["RecordedWedgeSequenceItem", "WedgeTypeTerm"]

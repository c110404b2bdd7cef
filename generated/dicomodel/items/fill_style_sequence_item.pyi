"""Item class FillStyleSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FillMode as FillMode
from dicomodel.items import FillStyleSequenceItem as FillStyleSequenceItem

__all__ = ["FillMode", "FillStyleSequenceItem"]

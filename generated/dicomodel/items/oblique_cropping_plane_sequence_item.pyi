"""Item class ObliqueCroppingPlaneSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ObliqueCroppingPlaneSequenceItem as ObliqueCroppingPlaneSequenceItem

__all__ = ["ObliqueCroppingPlaneSequenceItem"]

"""Item class MRFOVGeometrySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InPlanePhaseEncodingDirection as InPlanePhaseEncodingDirection
from dicomodel.items import MRFOVGeometrySequenceItem as MRFOVGeometrySequenceItem

__all__ = ["InPlanePhaseEncodingDirection", "MRFOVGeometrySequenceItem"]

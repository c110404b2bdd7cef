"""Item class MultienergyCTXRayDetectorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm
from dicomodel.items import (
    MultienergyCTXRayDetectorSequenceItem as MultienergyCTXRayDetectorSequenceItem,
)

__all__ = ["MultienergyCTXRayDetectorSequenceItem", "MultienergyDetectorTypeTerm"]

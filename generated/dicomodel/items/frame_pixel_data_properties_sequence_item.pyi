"""Item class FramePixelDataPropertiesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GeometricalProperties as GeometricalProperties
from dicomodel.enums import PixelIntensityRelationshipTerm as PixelIntensityRelationshipTerm
from dicomodel.items import (
    FramePixelDataPropertiesSequenceItem as FramePixelDataPropertiesSequenceItem,
)

__all__ = [
    "FramePixelDataPropertiesSequenceItem",
    "GeometricalProperties",
    "PixelIntensityRelationshipTerm",
]

"""Item class CTImageFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PixelPresentation as PixelPresentation
from dicomodel.enums import (
    VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
)
from dicomodel.enums import VolumetricProperties as VolumetricProperties
from dicomodel.items import CTImageFrameTypeSequenceItem as CTImageFrameTypeSequenceItem

__all__ = [
    "CTImageFrameTypeSequenceItem",
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]

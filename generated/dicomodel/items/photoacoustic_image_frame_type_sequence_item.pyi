"""Item class PhotoacousticImageFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PixelPresentation as PixelPresentation
from dicomodel.enums import (
    VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
)
from dicomodel.enums import VolumetricProperties as VolumetricProperties
from dicomodel.items import (
    PhotoacousticImageFrameTypeSequenceItem as PhotoacousticImageFrameTypeSequenceItem,
)

__all__ = [
    "PhotoacousticImageFrameTypeSequenceItem",
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]

"""Item class XRay3DFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PixelPresentation as PixelPresentation
from dicomodel.enums import (
    VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
)
from dicomodel.enums import VolumetricProperties as VolumetricProperties
from dicomodel.items import XRay3DFrameTypeSequenceItem as XRay3DFrameTypeSequenceItem

__all__ = [
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
    "XRay3DFrameTypeSequenceItem",
]

"""Item class USImageDescriptionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
)
from dicomodel.enums import VolumetricProperties as VolumetricProperties
from dicomodel.items import USImageDescriptionSequenceItem as USImageDescriptionSequenceItem

__all__ = [
    "USImageDescriptionSequenceItem",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]

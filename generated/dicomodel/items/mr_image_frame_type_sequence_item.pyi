"""Item class MRImageFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionContrastTerm as AcquisitionContrastTerm
from dicomodel.enums import ComplexImageComponentTerm as ComplexImageComponentTerm
from dicomodel.enums import (
    FunctionalSettlingPhaseFramesPresent as FunctionalSettlingPhaseFramesPresent,
)
from dicomodel.enums import PixelPresentation as PixelPresentation
from dicomodel.enums import (
    VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
)
from dicomodel.enums import VolumetricProperties as VolumetricProperties
from dicomodel.items import MRImageFrameTypeSequenceItem as MRImageFrameTypeSequenceItem

__all__ = [
    "AcquisitionContrastTerm",
    "ComplexImageComponentTerm",
    "FunctionalSettlingPhaseFramesPresent",
    "MRImageFrameTypeSequenceItem",
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]

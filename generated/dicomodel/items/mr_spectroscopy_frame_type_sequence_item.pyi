"""Item class MRSpectroscopyFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    AcquisitionContrastTermMRSpectroscopyFrameType as AcquisitionContrastTerm,
)
from dicomodel.enums import (
    ComplexImageComponentTermMRSpectroscopyFrameType as ComplexImageComponentTerm,
)
from dicomodel.enums import (
    VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
)
from dicomodel.enums import VolumetricProperties as VolumetricProperties
from dicomodel.items import (
    MRSpectroscopyFrameTypeSequenceItem as MRSpectroscopyFrameTypeSequenceItem,
)

__all__ = [
    "AcquisitionContrastTerm",
    "ComplexImageComponentTerm",
    "MRSpectroscopyFrameTypeSequenceItem",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]

"""Item class CTAcquisitionTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionTypeTerm as AcquisitionTypeTerm
from dicomodel.enums import ConstantVolumeFlag as ConstantVolumeFlag
from dicomodel.enums import FluoroscopyFlag as FluoroscopyFlag
from dicomodel.items import CTAcquisitionTypeSequenceItem as CTAcquisitionTypeSequenceItem

__all__ = [
    "AcquisitionTypeTerm",
    "CTAcquisitionTypeSequenceItem",
    "ConstantVolumeFlag",
    "FluoroscopyFlag",
]

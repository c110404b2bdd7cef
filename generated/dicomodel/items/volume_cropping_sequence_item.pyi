"""Item class VolumeCroppingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VolumeCroppingMethod as VolumeCroppingMethod
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import ObliqueCroppingPlaneSequenceItem as ObliqueCroppingPlaneSequenceItem
from dicomodel.items import VolumeCroppingSequenceItem as VolumeCroppingSequenceItem

__all__ = [
    "ObliqueCroppingPlaneSequenceItem",
    "ReferencedImageSequenceItem",
    "VolumeCroppingMethod",
    "VolumeCroppingSequenceItem",
]

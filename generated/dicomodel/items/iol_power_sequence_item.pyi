"""Item class IOLPowerSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PreSelectedForImplantation as PreSelectedForImplantation
from dicomodel.items import CalculatedToricPowerItem as PredictedToricErrorSequenceItem
from dicomodel.items import CalculatedToricPowerItem as ToricIOLPowerSequenceItem
from dicomodel.items import IOLPowerSequenceItem as IOLPowerSequenceItem

__all__ = [
    "IOLPowerSequenceItem",
    "PreSelectedForImplantation",
    "PredictedToricErrorSequenceItem",
    "ToricIOLPowerSequenceItem",
]

"""Item class MRModifierSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FlowCompensationDirection as FlowCompensationDirection
from dicomodel.enums import FlowCompensationTerm as FlowCompensationTerm
from dicomodel.enums import InversionRecovery as InversionRecovery
from dicomodel.enums import ParallelAcquisition as ParallelAcquisition
from dicomodel.enums import ParallelAcquisitionTechniqueTerm as ParallelAcquisitionTechniqueTerm
from dicomodel.enums import PartialFourier as PartialFourier
from dicomodel.enums import PartialFourierDirection as PartialFourierDirection
from dicomodel.enums import SpatialPresaturationTerm as SpatialPresaturationTerm
from dicomodel.enums import SpectrallySelectedExcitation as SpectrallySelectedExcitation
from dicomodel.enums import Spoiling as Spoiling
from dicomodel.enums import T2Preparation as T2Preparation
from dicomodel.items import MRModifierSequenceItem as MRModifierSequenceItem

__all__ = [
    "FlowCompensationDirection",
    "FlowCompensationTerm",
    "InversionRecovery",
    "MRModifierSequenceItem",
    "ParallelAcquisition",
    "ParallelAcquisitionTechniqueTerm",
    "PartialFourier",
    "PartialFourierDirection",
    "SpatialPresaturationTerm",
    "SpectrallySelectedExcitation",
    "Spoiling",
    "T2Preparation",
]

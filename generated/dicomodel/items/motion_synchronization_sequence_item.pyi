"""Item class MotionSynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    RespiratoryMotionCompensationTechniqueTermRTPatientSetup as RespiratoryMotionCompensationTechniqueTerm,
)
from dicomodel.enums import RespiratorySignalSourceTermRTPatientSetup as RespiratorySignalSourceTerm
from dicomodel.items import MotionSynchronizationSequenceItem as MotionSynchronizationSequenceItem

__all__ = [
    "MotionSynchronizationSequenceItem",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
]

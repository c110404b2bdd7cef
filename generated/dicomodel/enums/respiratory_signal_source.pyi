"""Enumerated Values and Defined Terms of Respiratory Signal Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RespiratorySignalSourceTerm as RespiratorySignalSourceTerm
from dicomodel.enums import (
    RespiratorySignalSourceTermPerformedCTAcquisition as RespiratorySignalSourceTermPerformedCTAcquisition,
)
from dicomodel.enums import (
    RespiratorySignalSourceTermRTPatientSetup as RespiratorySignalSourceTermRTPatientSetup,
)

__all__ = [
    "RespiratorySignalSourceTerm",
    "RespiratorySignalSourceTermPerformedCTAcquisition",
    "RespiratorySignalSourceTermRTPatientSetup",
]

"""Enumerated Values and Defined Terms of Respiratory Motion Compensation Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    RespiratoryMotionCompensationTechniqueTerm as RespiratoryMotionCompensationTechniqueTerm,
)
from dicomodel.enums import (
    RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition,
)
from dicomodel.enums import (
    RespiratoryMotionCompensationTechniqueTermRTPatientSetup as RespiratoryMotionCompensationTechniqueTermRTPatientSetup,
)

__all__ = [
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition",
    "RespiratoryMotionCompensationTechniqueTermRTPatientSetup",
]

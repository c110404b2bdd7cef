"""Enumerated Values and Defined Terms of RT Radiation Set Intent.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RTRadiationSetIntentTerm",
]


class RTRadiationSetIntentTerm(StrEnum):
    """Defined Terms of RT Radiation Set Intent (300A,0637) in RT Radiation Set Module Attributes (C.36.10-1)."""

    TREATMENT = "TREATMENT"
    """This Instance is for performing or recording treatment delivery. This does not constitute an approval for treatment. All parameters necessary to guide the delivery of RT Radiations are included."""
    PLAN_QA = "PLAN_QA"
    """This Instance is for validating or recording the patient-specific dose. For example, by delivering the RT Radiations to a phantom and comparing the calculated dose to the phantom with actual measurements made in the phantom."""
    MACHINE_QA = "MACHINE_QA"
    """This Instance is for performing or recording system quality assurance and calibration (geometric, dosimetric or both) procedures of the delivery machine and is not patient-specific."""
    RESEARCH = "RESEARCH"
    """This Instance is for performing or recording research and is not delivered to a patient."""
    SERVICE = "SERVICE"
    """This Instance is for performing or recording diagnostics, calibration or machine assessment by a service technician."""

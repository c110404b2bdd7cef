"""Enumerated Values and Defined Terms of Treatment Delivery Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TreatmentDeliveryType",
    "TreatmentDeliveryTypeTerm",
    "TreatmentDeliveryTypeTermRTBeamsSessionRecord",
    "TreatmentDeliveryTypeTermRTBrachySessionRecord",
    "TreatmentDeliveryTypeValue",
]


class TreatmentDeliveryTypeTerm(StrEnum):
    """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Beams Module Attributes (C.8-50)."""

    TREATMENT = "TREATMENT"
    """normal patient treatment"""
    OPEN_PORTFILM = "OPEN_PORTFILM"
    """portal image acquisition with open field"""
    TRMT_PORTFILM = "TRMT_PORTFILM"
    """portal image acquisition with treatment port"""
    CONTINUATION = "CONTINUATION"
    """continuation of interrupted treatment"""
    SETUP = "SETUP"
    """no treatment beam is applied for this RT Beam. To be used for specifying the gantry, couch, and other machine positions where X-Ray set-up images or measurements are to be taken"""


class TreatmentDeliveryTypeTermRTBeamsSessionRecord(StrEnum):
    """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Beams Session Record Module Attributes (C.8-57)."""

    TREATMENT = "TREATMENT"
    """Normal patient treatment"""
    OPEN_PORTFILM = "OPEN_PORTFILM"
    """Portal image acquisition with open field"""
    TRMT_PORTFILM = "TRMT_PORTFILM"
    """Portal image acquisition with treatment port"""
    CONTINUATION = "CONTINUATION"
    """Continuation of interrupted treatment"""
    SETUP = "SETUP"
    """No treatment beam is applied for this RT Beam. To be used for specifying the gantry, couch, and other machine positions where X-Ray set-up images or measurements are to be taken."""
    VERIFICATION = "VERIFICATION"
    """Treatment used for Quality Assurance rather than patient treatment"""


class TreatmentDeliveryTypeTermRTBrachySessionRecord(StrEnum):
    """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Brachy Session Record Module Attributes (C.8-58)."""

    TREATMENT = "TREATMENT"
    """normal patient treatment"""
    CONTINUATION = "CONTINUATION"
    """continuation of interrupted treatment"""


class TreatmentDeliveryType(StrEnum):
    """Enumerated Values of Treatment Delivery Type (300A,00CE) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    TREATMENT = "TREATMENT"
    """normal patient treatment"""
    CONTINUATION = "CONTINUATION"
    """continuation of interrupted treatment"""


if TYPE_CHECKING:
    TreatmentDeliveryTypeValue: TypeAlias = (
        TreatmentDeliveryType | Literal["TREATMENT", "CONTINUATION"]
    )
else:
    TreatmentDeliveryTypeValue = TreatmentDeliveryType
"""A value of TreatmentDeliveryType: the enum or the string of one of its members."""

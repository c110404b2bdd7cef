"""Enumerated Values and Defined Terms of Treatment Delivery Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TreatmentDeliveryType as TreatmentDeliveryType
from dicomodel.enums import TreatmentDeliveryTypeTerm as TreatmentDeliveryTypeTerm
from dicomodel.enums import (
    TreatmentDeliveryTypeTermRTBeamsSessionRecord as TreatmentDeliveryTypeTermRTBeamsSessionRecord,
)
from dicomodel.enums import (
    TreatmentDeliveryTypeTermRTBrachySessionRecord as TreatmentDeliveryTypeTermRTBrachySessionRecord,
)
from dicomodel.enums import TreatmentDeliveryTypeValue as TreatmentDeliveryTypeValue

__all__ = [
    "TreatmentDeliveryType",
    "TreatmentDeliveryTypeTerm",
    "TreatmentDeliveryTypeTermRTBeamsSessionRecord",
    "TreatmentDeliveryTypeTermRTBrachySessionRecord",
    "TreatmentDeliveryTypeValue",
]

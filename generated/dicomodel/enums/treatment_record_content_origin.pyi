"""Enumerated Values and Defined Terms of Treatment Record Content Origin.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TreatmentRecordContentOrigin as TreatmentRecordContentOrigin
from dicomodel.enums import TreatmentRecordContentOriginValue as TreatmentRecordContentOriginValue

__all__ = ["TreatmentRecordContentOrigin", "TreatmentRecordContentOriginValue"]

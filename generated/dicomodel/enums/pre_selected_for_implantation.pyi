"""Enumerated Values and Defined Terms of Pre-Selected for Implantation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PreSelectedForImplantation as PreSelectedForImplantation
from dicomodel.enums import PreSelectedForImplantationValue as PreSelectedForImplantationValue

__all__ = ["PreSelectedForImplantation", "PreSelectedForImplantationValue"]

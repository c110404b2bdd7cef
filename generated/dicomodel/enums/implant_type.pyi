"""Enumerated Values and Defined Terms of Implant Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImplantType as ImplantType
from dicomodel.enums import ImplantTypeValue as ImplantTypeValue

__all__ = ["ImplantType", "ImplantTypeValue"]

"""Enumerated Values and Defined Terms of Implant Assembly Template Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImplantAssemblyTemplateType as ImplantAssemblyTemplateType
from dicomodel.enums import ImplantAssemblyTemplateTypeValue as ImplantAssemblyTemplateTypeValue

__all__ = ["ImplantAssemblyTemplateType", "ImplantAssemblyTemplateTypeValue"]

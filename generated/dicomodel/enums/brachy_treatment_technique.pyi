"""Enumerated Values and Defined Terms of Brachy Treatment Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BrachyTreatmentTechnique as BrachyTreatmentTechnique
from dicomodel.enums import BrachyTreatmentTechniqueValue as BrachyTreatmentTechniqueValue

__all__ = ["BrachyTreatmentTechnique", "BrachyTreatmentTechniqueValue"]

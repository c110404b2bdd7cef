"""Enumerated Values and Defined Terms of Quality Control Subject.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QualityControlSubjectValue as QualityControlSubjectValue

__all__ = ["QualityControlSubject", "QualityControlSubjectValue"]

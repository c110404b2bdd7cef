"""Enumerated Values and Defined Terms of Content Qualification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContentQualificationValue as ContentQualificationValue

__all__ = ["ContentQualification", "ContentQualificationValue"]

"""Enumerated Values and Defined Terms of Includes Imaging Subject.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IncludesImagingSubject as IncludesImagingSubject
from dicomodel.enums import IncludesImagingSubjectValue as IncludesImagingSubjectValue

__all__ = ["IncludesImagingSubject", "IncludesImagingSubjectValue"]

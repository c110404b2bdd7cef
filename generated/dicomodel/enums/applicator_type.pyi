"""Enumerated Values and Defined Terms of Applicator Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorType as ApplicatorType
from dicomodel.enums import ApplicatorTypeTerm as ApplicatorTypeTerm
from dicomodel.enums import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTermRTIonBeams
from dicomodel.enums import ApplicatorTypeValue as ApplicatorTypeValue

__all__ = [
    "ApplicatorType",
    "ApplicatorTypeTerm",
    "ApplicatorTypeTermRTIonBeams",
    "ApplicatorTypeValue",
]

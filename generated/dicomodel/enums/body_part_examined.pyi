"""Enumerated Values and Defined Terms of Body Part Examined.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BodyPartExamined as BodyPartExamined
from dicomodel.enums import BodyPartExaminedTerm as BodyPartExaminedTerm
from dicomodel.enums import BodyPartExaminedValue as BodyPartExaminedValue

__all__ = ["BodyPartExamined", "BodyPartExaminedTerm", "BodyPartExaminedValue"]

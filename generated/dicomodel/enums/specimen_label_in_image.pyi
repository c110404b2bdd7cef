"""Enumerated Values and Defined Terms of Specimen Label in Image.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SpecimenLabelInImage as SpecimenLabelInImage
from dicomodel.enums import SpecimenLabelInImageValue as SpecimenLabelInImageValue

__all__ = ["SpecimenLabelInImage", "SpecimenLabelInImageValue"]

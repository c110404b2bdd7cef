"""Item class ApplicatorGeometrySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm
from dicomodel.items import ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem

__all__ = ["ApplicatorApertureShapeTerm", "ApplicatorGeometrySequenceItem"]

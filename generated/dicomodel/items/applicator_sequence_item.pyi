"""Item class ApplicatorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm
from dicomodel.enums import ApplicatorTypeTerm as ApplicatorTypeTerm
from dicomodel.items import ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem
from dicomodel.items import ApplicatorSequenceItem as ApplicatorSequenceItem

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
]

"""Enumerated Values and Defined Terms of Dimension Organization Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DimensionOrganizationType as DimensionOrganizationType
from dicomodel.enums import DimensionOrganizationTypeTerm as DimensionOrganizationTypeTerm
from dicomodel.enums import (
    DimensionOrganizationTypeTermPhotoacousticImage as DimensionOrganizationTypeTermPhotoacousticImage,
)
from dicomodel.enums import DimensionOrganizationTypeValue as DimensionOrganizationTypeValue

__all__ = [
    "DimensionOrganizationType",
    "DimensionOrganizationTypeTerm",
    "DimensionOrganizationTypeTermPhotoacousticImage",
    "DimensionOrganizationTypeValue",
]

"""Enumerated Values and Defined Terms of Organ Exposed.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OrganExposed as OrganExposed
from dicomodel.enums import OrganExposedTerm as OrganExposedTerm
from dicomodel.enums import OrganExposedValue as OrganExposedValue

__all__ = ["OrganExposed", "OrganExposedTerm", "OrganExposedValue"]

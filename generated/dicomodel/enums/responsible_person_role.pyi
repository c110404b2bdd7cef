"""Enumerated Values and Defined Terms of Responsible Person Role.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm

__all__ = ["ResponsiblePersonRoleTerm"]

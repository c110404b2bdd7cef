"""Enumerated Values and Defined Terms of Modifiable Constraint Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ModifiableConstraintFlag as ModifiableConstraintFlag
from dicomodel.enums import ModifiableConstraintFlagValue as ModifiableConstraintFlagValue

__all__ = ["ModifiableConstraintFlag", "ModifiableConstraintFlagValue"]

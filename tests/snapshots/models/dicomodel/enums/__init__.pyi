"""Enumerated Values (closed) and Defined Terms (open) as enums; loaded on first use.

Stub for checkers: the classes of every module of this package, in one file (each module's own stub re-exports them).

Generated from DICOM 2099a; do not edit."""

from enum import StrEnum
from typing import Literal, TypeAlias

__all__ = ["ConfocalMode", "ModalityTerm"]

class ConfocalMode(StrEnum):
    """Enumerated Values of ConfocalMode (0048,0114) in Tiny Image Module Attributes (T-1)."""

    REFLECTANCE = "REFLECTANCE"
    FLUORESCENCE = "FLUORESCENCE"

ConfocalModeValue: TypeAlias = ConfocalMode | Literal["REFLECTANCE", "FLUORESCENCE"]

class ModalityTerm(StrEnum):
    """Defined Terms of Modality (0008,0060) in Tiny Image Module Attributes (T-1)."""

    CT = "CT"
    V1_5T = "1.5T"

"""Enumerated Values and Defined Terms of Organ Exposed.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OrganExposedTerm(StrEnum):
    """Defined Terms of Organ Exposed (0040,0318) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

    BREAST = "BREAST"
    GONADS = "GONADS"
    BONE_MARROW = "BONE MARROW"
    FETUS = "FETUS"
    LENS = "LENS"


class OrganExposed(StrEnum):
    """Enumerated Values of Organ Exposed (0040,0318) in Mammography Image Module Attributes (C.8-74)."""

    BREAST = "BREAST"

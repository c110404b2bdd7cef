"""Enumerated Values and Defined Terms of Distribution Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DistributionTypeTerm",
]


class DistributionTypeTerm(StrEnum):
    """Defined Terms of Distribution Type (0012,0084) in Clinical Trial Study Module Attributes (C.7-4b)."""

    NAMED_PROTOCOL = "NAMED_PROTOCOL"
    RESTRICTED_REUSE = "RESTRICTED_REUSE"
    PUBLIC_RELEASE = "PUBLIC_RELEASE"

"""Enumerated Values and Defined Terms of Configuration Information.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ConfigurationInformationTerm",
]


class ConfigurationInformationTerm(StrEnum):
    """Defined Terms of Configuration Information (2010,0150) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    CS000_CS999 = "CS000-CS999"
    """Implementation specific curve type."""

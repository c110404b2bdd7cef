"""Enumerated Values and Defined Terms of Contact Method.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContactMethod(StrEnum):
    """Enumerated Values of Contact Method (0016,1003) in Dermoscopic Image Module Attributes (C.8.12.13-1)."""

    CONTACT = "CONTACT"
    NON_CONTACT = "NON_CONTACT"

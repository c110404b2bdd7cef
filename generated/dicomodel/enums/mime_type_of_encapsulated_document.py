"""Enumerated Values and Defined Terms of MIME Type of Encapsulated Document.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MIMETypeOfEncapsulatedDocument(StrEnum):
    """Enumerated Values of MIME Type of Encapsulated Document (0042,0012) in Generic Implant Template Description Module Attributes (C.29.1.1-1)."""

    application_pdf = "application/pdf"

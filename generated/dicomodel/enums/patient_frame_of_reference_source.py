"""Enumerated Values and Defined Terms of Patient Frame of Reference Source.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PatientFrameOfReferenceSource(StrEnum):
    """Enumerated Values of Patient Frame of Reference Source (0020,930C) in Ultrasound Frame of Reference Module Attributes (C.8.24.2-1)."""

    TABLE = "TABLE"
    """A positioning device, such as a gantry, was used to generate these values."""
    ESTIMATED = "ESTIMATED"
    """Estimated patient position / orientation (e.g., estimated by the user), or if reliable information is not available."""
    REGISTRATION = "REGISTRATION"
    """Acquisition has been spatially registered to a prior image set."""

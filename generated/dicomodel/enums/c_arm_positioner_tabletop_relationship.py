"""Enumerated Values and Defined Terms of C-arm Positioner Tabletop Relationship.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CArmPositionerTabletopRelationship(StrEnum):
    """Enumerated Values of C-arm Positioner Tabletop Relationship (0018,9474) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    YES = "YES"
    NO = "NO"

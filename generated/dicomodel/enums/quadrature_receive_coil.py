"""Enumerated Values and Defined Terms of Quadrature Receive Coil.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class QuadratureReceiveCoil(StrEnum):
    """Enumerated Values of Quadrature Receive Coil (0018,9044) in MR Receive Coil Macro Attributes (C.8-94)."""

    YES = "YES"
    """quadrature or circularly polarized"""
    NO = "NO"
    """linear"""

"""Enumerated Values and Defined Terms of Cassette Size.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CassetteSizeTerm(StrEnum):
    """Defined Terms of Cassette Size (0018,1403) in CR Image Module Attributes (C.8-2)."""

    _18CMX24CM = "18CMX24CM"
    _8INX10IN = "8INX10IN"
    _24CMX30CM = "24CMX30CM"
    _10INX12IN = "10INX12IN"
    _30CMX35CM = "30CMX35CM"
    _30CMX40CM = "30CMX40CM"
    _11INX14IN = "11INX14IN"
    _35CMX35CM = "35CMX35CM"
    _14INX14IN = "14INX14IN"
    _35CMX43CM = "35CMX43CM"
    _14INX17IN = "14INX17IN"

"""Enumerated Values and Defined Terms of Cassette Size.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CassetteSizeTerm",
]


class CassetteSizeTerm(StrEnum):
    """Defined Terms of Cassette Size (0018,1403) in CR Image Module Attributes (C.8-2)."""

    V18CMX24CM = "18CMX24CM"
    V8INX10IN = "8INX10IN"
    V24CMX30CM = "24CMX30CM"
    V10INX12IN = "10INX12IN"
    V30CMX35CM = "30CMX35CM"
    V30CMX40CM = "30CMX40CM"
    V11INX14IN = "11INX14IN"
    V35CMX35CM = "35CMX35CM"
    V14INX14IN = "14INX14IN"
    V35CMX43CM = "35CMX43CM"
    V14INX17IN = "14INX17IN"

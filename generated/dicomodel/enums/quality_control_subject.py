"""Enumerated Values and Defined Terms of Quality Control Subject.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "QualityControlSubject",
    "QualityControlSubjectValue",
]


class QualityControlSubject(StrEnum):
    """Enumerated Values of Quality Control Subject (0010,0200) in Patient Demographic Module Attributes (C.2-3)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    QualityControlSubjectValue: TypeAlias = QualityControlSubject | Literal["YES", "NO"]
else:
    QualityControlSubjectValue = QualityControlSubject
"""A value of QualityControlSubject: the enum or the string of one of its members."""

"""Enumerated Values and Defined Terms of View Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ViewPositionTerm",
]


class ViewPositionTerm(StrEnum):
    """Defined Terms of View Position (0018,5101) in CR Series Module Attributes (C.8-1)."""

    AP = "AP"
    """Anterior/Posterior"""
    PA = "PA"
    """Posterior/Anterior"""
    LL = "LL"
    """Left Lateral"""
    RL = "RL"
    """Right Lateral"""
    RLD = "RLD"
    """Right Lateral Decubitus"""
    LLD = "LLD"
    """Left Lateral Decubitus"""
    RLO = "RLO"
    """Right Lateral Oblique"""
    LLO = "LLO"
    """Left Lateral Oblique"""

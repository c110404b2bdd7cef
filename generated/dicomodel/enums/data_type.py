"""Enumerated Values and Defined Terms of Data Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DataTypeTerm",
]


class DataTypeTerm(StrEnum):
    """Defined Terms of Data Type (0018,9808) in Image Data Type Macro Attributes (C.7.6.16.2.24-1)."""

    TISSUE_INTENSITY = "TISSUE_INTENSITY"
    """Tissue intensity typically displayed as grayscale (e.g., B-mode)."""
    TISSUE_VELOCITY = "TISSUE_VELOCITY"
    """Velocity (Doppler shifts) of tissue."""
    FLOW_VELOCITY = "FLOW_VELOCITY"
    """Velocity (Doppler shifts) of blood flow."""
    FLOW_POWER = "FLOW_POWER"
    """Power contained in the Doppler signal."""
    DIRECTION_POWER = "DIRECTION_POWER"
    """Directional power contained in the Doppler signal."""
    FLOW_VARIANCE = "FLOW_VARIANCE"
    """Statistical variance of blood velocity relative to mean."""
    ELASTICITY = "ELASTICITY"
    """Scalar value related to the elastic properties of the tissue."""
    PERFUSION = "PERFUSION"
    """Scalar value related to the volume of blood perfusing into tissue."""
    SOUND_SPEED = "SOUND_SPEED"
    """Speed of sound in tissue."""
    ATTENUATION = "ATTENUATION"
    """Reduction in strength of ultrasound signal as the wave traverses through the medium."""

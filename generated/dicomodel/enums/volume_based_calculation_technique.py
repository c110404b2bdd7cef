"""Enumerated Values and Defined Terms of Volume Based Calculation Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "VolumeBasedCalculationTechniqueTerm",
]


class VolumeBasedCalculationTechniqueTerm(StrEnum):
    """Defined Terms of Volume Based Calculation Technique (0008,9207) in MR Image Frame Type Macro Attributes (C.8-88)."""

    MAX_IP = "MAX_IP"
    """Maximum Intensity Projection."""
    MIN_IP = "MIN_IP"
    """Minimum Intensity Projection."""
    VOLUME_RENDER = "VOLUME_RENDER"
    """Volume Rendering Projection Volume Rendering Image represents 3D voluminar information constructed from measured voxel intensities covering a 3D volume."""
    SURFACE_RENDER = "SURFACE_RENDER"
    """Surface Rendering Projection Surface Rendering Image represents 3D surface information constructed from measured voxel intensities covering a 3D volume."""
    MPR = "MPR"
    """Multi-Planar Reformat."""
    CURVED_MPR = "CURVED_MPR"
    """Curved Multi-Planar Reformat."""
    NONE = "NONE"
    """Pixels not derived geometrically."""
    MIXED = "MIXED"
    """Used only as a value in Volume Based Calculation Technique (0008,9207) Attribute in the Enhanced MR Image Module or MR Spectroscopy Module if frames within the image SOP Instance contain different terms for the Volume Based Calculation Technique Attribute in MR Frame Type Functional Group or MR Spectroscopy Frame Type Functional Group."""

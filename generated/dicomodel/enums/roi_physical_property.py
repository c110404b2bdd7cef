"""Enumerated Values and Defined Terms of ROI Physical Property.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ROIPhysicalPropertyTerm",
]


class ROIPhysicalPropertyTerm(StrEnum):
    """Defined Terms of ROI Physical Property (3006,00B2) in RT ROI Observations Module Attributes (C.8-44)."""

    REL_MASS_DENSITY = "REL_MASS_DENSITY"
    """mass density relative to water"""
    REL_ELEC_DENSITY = "REL_ELEC_DENSITY"
    """electron density relative to water"""
    EFFECTIVE_Z = "EFFECTIVE_Z"
    """effective atomic number"""
    EFF_Z_PER_A = "EFF_Z_PER_A"
    """ratio of effective atomic number to mass (AMU-1)"""
    REL_STOP_RATIO = "REL_STOP_RATIO"
    """ratio of linear stopping power of material relative to linear stopping power of water"""
    ELEM_FRACTION = "ELEM_FRACTION"
    """elemental composition of the material"""
    MEAN_EXCI_ENERGY = "MEAN_EXCI_ENERGY"
    """Mean Excitation Energy of the material (eV)"""

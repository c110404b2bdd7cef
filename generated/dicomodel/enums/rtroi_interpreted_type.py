"""Enumerated Values and Defined Terms of RT ROI Interpreted Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RTROIInterpretedTypeTerm",
]


class RTROIInterpretedTypeTerm(StrEnum):
    """Defined Terms of RT ROI Interpreted Type (3006,00A4) in RT ROI Observations Module Attributes (C.8-44)."""

    EXTERNAL = "EXTERNAL"
    """external patient contour"""
    PTV = "PTV"
    """Planning Target Volume (as defined in [ICRU Report 50])"""
    CTV = "CTV"
    """Clinical Target Volume (as defined in [ICRU Report 50])"""
    GTV = "GTV"
    """Gross Tumor Volume (as defined in [ICRU Report 50])"""
    TREATED_VOLUME = "TREATED_VOLUME"
    """Treated Volume (as defined in [ICRU Report 50])"""
    IRRAD_VOLUME = "IRRAD_VOLUME"
    """Irradiated Volume (as defined in [ICRU Report 50])"""
    OAR = "OAR"
    """Organ at Risk (as defined in [ICRU Report 50])"""
    BOLUS = "BOLUS"
    """patient bolus to be used for external beam therapy"""
    AVOIDANCE = "AVOIDANCE"
    """region in which dose is to be minimized"""
    ORGAN = "ORGAN"
    """patient organ"""
    MARKER = "MARKER"
    """patient marker or marker on a localizer"""
    REGISTRATION = "REGISTRATION"
    """registration ROI"""
    ISOCENTER = "ISOCENTER"
    """treatment isocenter to be used for external beam therapy"""
    CONTRAST_AGENT = "CONTRAST_AGENT"
    """volume into which a contrast agent has been injected"""
    CAVITY = "CAVITY"
    """patient anatomical cavity"""
    BRACHY_CHANNEL = "BRACHY_CHANNEL"
    """brachytherapy channel"""
    BRACHY_ACCESSORY = "BRACHY_ACCESSORY"
    """brachytherapy accessory device"""
    BRACHY_SRC_APP = "BRACHY_SRC_APP"
    """brachytherapy source applicator"""
    BRACHY_CHNL_SHLD = "BRACHY_CHNL_SHLD"
    """brachytherapy channel shield"""
    SUPPORT = "SUPPORT"
    """external patient support device"""
    FIXATION = "FIXATION"
    """external patient fixation or immobilization device"""
    DOSE_REGION = "DOSE_REGION"
    """ROI to be used as a dose reference"""
    CONTROL = "CONTROL"
    """ROI to be used in control of dose optimization and calculation"""
    DOSE_MEASUREMENT = "DOSE_MEASUREMENT"
    """ROI representing a dose measurement device, such as a chamber or TLD"""

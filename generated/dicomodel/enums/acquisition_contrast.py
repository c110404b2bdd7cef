"""Enumerated Values and Defined Terms of Acquisition Contrast.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "AcquisitionContrastTerm",
    "AcquisitionContrastTermMRSpectroscopyFrameType",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import AcquisitionContrastTerm as AcquisitionContrastTerm
    from dicomodel.enums import (
        AcquisitionContrastTermMRSpectroscopyFrameType as AcquisitionContrastTermMRSpectroscopyFrameType,
    )


@cache
def _AcquisitionContrastTerm() -> type[StrEnum]:
    class AcquisitionContrastTerm(StrEnum):
        """Defined Terms of Acquisition Contrast (0008,9209) in MR Image Description Macro Attributes (C.8-84)."""

        DIFFUSION = "DIFFUSION"
        """Diffusion weighted contrast."""
        FLOW_ENCODED = "FLOW_ENCODED"
        """Flow Encoded contrast."""
        FLUID_ATTENUATED = "FLUID_ATTENUATED"
        """Fluid Attenuated T2 weighted contrast."""
        PERFUSION = "PERFUSION"
        """Perfusion weighted contrast."""
        PROTON_DENSITY = "PROTON_DENSITY"
        """Proton Density weighted contrast."""
        STIR = "STIR"
        """Short Tau Inversion Recovery."""
        TAGGING = "TAGGING"
        """Superposition of thin saturation bands onto image."""
        T1 = "T1"
        """T1 weighted contrast."""
        T2 = "T2"
        """T2 weighted contrast."""
        T2_STAR = "T2_STAR"
        """T2* weighted contrast."""
        TOF = "TOF"
        """Time Of Flight weighted contrast."""
        UNKNOWN = "UNKNOWN"
        """Value should be UNKNOWN if acquisition contrasts were combined resulting in an unknown contrast. Also this value should be used when the contrast is not known."""
        MIXED = "MIXED"
        """Used only as a value in Acquisition Contrast (0008,9209) Attribute in the Enhanced MR Image Module Attribute Description if frames within the image SOP Instance contain different values for the Acquisition Contrast Attribute in the MR Frame Type Functional Group."""

    AcquisitionContrastTerm.__qualname__ = "AcquisitionContrastTerm"
    return AcquisitionContrastTerm


@cache
def _AcquisitionContrastTermMRSpectroscopyFrameType() -> type[StrEnum]:
    class AcquisitionContrastTermMRSpectroscopyFrameType(StrEnum):
        """Defined Terms of Acquisition Contrast (0008,9209) in MR Spectroscopy Frame Type Macro Attributes (C.8-104)."""

        PROTON_DENSITY = "PROTON_DENSITY"
        """Proton Density weighted contrast."""
        T1 = "T1"
        """T1 weighted contrast."""
        T2 = "T2"
        """T2 weighted contrast."""
        UNKNOWN = "UNKNOWN"
        """Value should be UNKNOWN if acquisition contrasts were combined resulting in an unknown contrast. Also this value should be used when the contrast is not known."""
        MIXED = "MIXED"
        """Used only as a value in Acquisition Contrast (0008,9209) Attribute in the MR Spectroscopy Module if frames within the SOP Instance contain different values for the Acquisition Contrast Attribute in the MR Spectroscopy Frame Type Functional Group."""

    AcquisitionContrastTermMRSpectroscopyFrameType.__qualname__ = (
        "AcquisitionContrastTermMRSpectroscopyFrameType"
    )
    return AcquisitionContrastTermMRSpectroscopyFrameType


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "AcquisitionContrastTerm": _AcquisitionContrastTerm,
    "AcquisitionContrastTermMRSpectroscopyFrameType": _AcquisitionContrastTermMRSpectroscopyFrameType,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

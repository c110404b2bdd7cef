"""Enumerated Values and Defined Terms of Detector Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "DetectorTypeTerm",
    "DetectorTypeTermBreastTomosynthesisContributingSources",
    "DetectorTypeTermOphthalmicPhotographicParameters",
    "DetectorTypeTermOphthalmicTomographyParameters",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import DetectorTypeTerm as DetectorTypeTerm
    from dicomodel.enums import (
        DetectorTypeTermBreastTomosynthesisContributingSources as DetectorTypeTermBreastTomosynthesisContributingSources,
    )
    from dicomodel.enums import (
        DetectorTypeTermOphthalmicPhotographicParameters as DetectorTypeTermOphthalmicPhotographicParameters,
    )
    from dicomodel.enums import (
        DetectorTypeTermOphthalmicTomographyParameters as DetectorTypeTermOphthalmicTomographyParameters,
    )


@cache
def _DetectorTypeTerm() -> type[StrEnum]:
    class DetectorTypeTerm(StrEnum):
        """Defined Terms of Detector Type (0018,7004) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

        DIRECT = "DIRECT"
        """X-Ray photoconductor"""
        SCINTILLATOR = "SCINTILLATOR"
        """Phosphor used"""
        STORAGE = "STORAGE"
        """Storage phosphor"""
        FILM = "FILM"
        """Scanned film/screen"""

    DetectorTypeTerm.__qualname__ = "DetectorTypeTerm"
    return DetectorTypeTerm


@cache
def _DetectorTypeTermOphthalmicPhotographicParameters() -> type[StrEnum]:
    class DetectorTypeTermOphthalmicPhotographicParameters(StrEnum):
        """Defined Terms of Detector Type (0018,7004) in Ophthalmic Photographic Parameters Module Attributes (C.8.17.3-1)."""

        CCD = "CCD"
        """Charge Coupled Devices"""
        CMOS = "CMOS"
        """Complementary Metal Oxide Semiconductor"""

    DetectorTypeTermOphthalmicPhotographicParameters.__qualname__ = (
        "DetectorTypeTermOphthalmicPhotographicParameters"
    )
    return DetectorTypeTermOphthalmicPhotographicParameters


@cache
def _DetectorTypeTermOphthalmicTomographyParameters() -> type[StrEnum]:
    class DetectorTypeTermOphthalmicTomographyParameters(StrEnum):
        """Defined Terms of Detector Type (0018,7004) in Ophthalmic Tomography Parameters Module Attributes (C.8.17.9-1)."""

        CCD = "CCD"
        """Charge Coupled Device"""
        CMOS = "CMOS"
        """Complementary Metal Oxide Semiconductor"""
        PHOTO = "PHOTO"
        """Photodetector"""
        INT = "INT"
        """Interferometer"""

    DetectorTypeTermOphthalmicTomographyParameters.__qualname__ = (
        "DetectorTypeTermOphthalmicTomographyParameters"
    )
    return DetectorTypeTermOphthalmicTomographyParameters


@cache
def _DetectorTypeTermBreastTomosynthesisContributingSources() -> type[StrEnum]:
    class DetectorTypeTermBreastTomosynthesisContributingSources(StrEnum):
        """Defined Terms of Detector Type (0018,7004) in Breast Tomosynthesis Contributing Sources Module Attributes (C.8.21.2.3-1)."""

        DIRECT = "DIRECT"
        """X-Ray photoconductor"""
        SCINTILLATOR = "SCINTILLATOR"
        """Phosphor used"""
        STORAGE = "STORAGE"
        """Storage phosphor"""

    DetectorTypeTermBreastTomosynthesisContributingSources.__qualname__ = (
        "DetectorTypeTermBreastTomosynthesisContributingSources"
    )
    return DetectorTypeTermBreastTomosynthesisContributingSources


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "DetectorTypeTerm": _DetectorTypeTerm,
    "DetectorTypeTermOphthalmicPhotographicParameters": _DetectorTypeTermOphthalmicPhotographicParameters,
    "DetectorTypeTermOphthalmicTomographyParameters": _DetectorTypeTermOphthalmicTomographyParameters,
    "DetectorTypeTermBreastTomosynthesisContributingSources": _DetectorTypeTermBreastTomosynthesisContributingSources,
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

"""Enumerated Values and Defined Terms of Respiratory Motion Compensation Technique.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition",
    "RespiratoryMotionCompensationTechniqueTermRTPatientSetup",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import (
        RespiratoryMotionCompensationTechniqueTerm as RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums import (
        RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition,
    )
    from dicomodel.enums import (
        RespiratoryMotionCompensationTechniqueTermRTPatientSetup as RespiratoryMotionCompensationTechniqueTermRTPatientSetup,
    )


@cache
def _RespiratoryMotionCompensationTechniqueTerm() -> type[StrEnum]:
    class RespiratoryMotionCompensationTechniqueTerm(StrEnum):
        """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in Respiratory Synchronization Module Attributes (C.7.6.18-2)."""

        NONE = "NONE"
        BREATH_HOLD = "BREATH_HOLD"
        REALTIME = "REALTIME"
        """Image acquisition shorter than respiratory cycle"""
        GATING = "GATING"
        """Prospective gating"""
        TRACKING = "TRACKING"
        """Prospective through-plane or in-plane motion tracking"""
        PHASE_ORDERING = "PHASE_ORDERING"
        """Prospective phase ordering"""
        PHASE_RESCANNING = "PHASE_RESCANNING"
        """Prospective techniques, such as real-time averaging, diminishing variance and motion adaptive gating"""
        RETROSPECTIVE = "RETROSPECTIVE"
        """Retrospective gating"""
        CORRECTION = "CORRECTION"
        """Retrospective image correction"""

    RespiratoryMotionCompensationTechniqueTerm.__qualname__ = (
        "RespiratoryMotionCompensationTechniqueTerm"
    )
    return RespiratoryMotionCompensationTechniqueTerm


@cache
def _RespiratoryMotionCompensationTechniqueTermRTPatientSetup() -> type[StrEnum]:
    class RespiratoryMotionCompensationTechniqueTermRTPatientSetup(StrEnum):
        """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in RT Patient Setup Module Attributes (C.8-48)."""

        NONE = "NONE"
        BREATH_HOLD = "BREATH_HOLD"
        REALTIME = "REALTIME"
        """image acquisition shorter than respiratory cycle"""
        GATING = "GATING"
        """Prospective gating"""
        TRACKING = "TRACKING"
        """prospective through-plane or in-plane motion tracking"""
        PHASE_ORDERING = "PHASE_ORDERING"
        """prospective phase ordering"""
        PHASE_RESCANNING = "PHASE_RESCANNING"
        """prospective techniques, such as real-time averaging, diminishing variance and motion adaptive gating"""
        RETROSPECTIVE = "RETROSPECTIVE"
        """retrospective gating"""
        CORRECTION = "CORRECTION"
        """retrospective image correction"""
        UNKNOWN = "UNKNOWN"
        """technique not known"""

    RespiratoryMotionCompensationTechniqueTermRTPatientSetup.__qualname__ = (
        "RespiratoryMotionCompensationTechniqueTermRTPatientSetup"
    )
    return RespiratoryMotionCompensationTechniqueTermRTPatientSetup


@cache
def _RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition() -> type[StrEnum]:
    class RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition(StrEnum):
        """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

        NONE = "NONE"
        BREATH_HOLD = "BREATH_HOLD"
        REALTIME = "REALTIME"
        GATING = "GATING"
        TRACKING = "TRACKING"
        RETROSPECTIVE = "RETROSPECTIVE"
        CORRECTION = "CORRECTION"

    RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition.__qualname__ = (
        "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition"
    )
    return RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RespiratoryMotionCompensationTechniqueTerm": _RespiratoryMotionCompensationTechniqueTerm,
    "RespiratoryMotionCompensationTechniqueTermRTPatientSetup": _RespiratoryMotionCompensationTechniqueTermRTPatientSetup,
    "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition": _RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition,
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

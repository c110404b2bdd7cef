"""Item class VisualFieldTestPointNormalsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag import (
        GeneralizedDefectCorrectedSensitivityDeviationFlagValue as _GeneralizedDefectCorrectedSensitivityDeviationFlagValue,
    )
else:
    from dicomodel.lazy import Lazy

    _GeneralizedDefectCorrectedSensitivityDeviationFlagValue = Lazy(
        "dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag",
        "GeneralizedDefectCorrectedSensitivityDeviationFlagValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag import (
        GeneralizedDefectCorrectedSensitivityDeviationFlag as GeneralizedDefectCorrectedSensitivityDeviationFlag,
    )

__all__ = [
    "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    "VisualFieldTestPointNormalsSequenceItem",
]


class VisualFieldTestPointNormalsSequenceItem(DicomModel):
    """An item of Visual Field Test Point Normals Sequence (0024,0097), as first defined in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    dicom_name: ClassVar[str] = "Visual Field Test Point Normals Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.4-1"

    AgeCorrectedSensitivityDeviationValue: Annotated[
        vr.FL,
        Attribute(0x00240092, "FL", "1", "1", name="Age Corrected Sensitivity Deviation Value"),
    ]
    """Age Corrected Sensitivity Deviation Value (0024,0092): Type 1, VR FL, VM 1. Difference between the patient's local sensitivity and the age corrected normal sensitivity, in dB."""

    AgeCorrectedSensitivityDeviationProbabilityValue: Annotated[
        vr.FL,
        Attribute(
            0x00240100, "FL", "1", "1", name="Age Corrected Sensitivity Deviation Probability Value"
        ),
    ]
    """Age Corrected Sensitivity Deviation Probability Value (0024,0100): Type 1, VR FL, VM 1. The percentile of the age corrected sensitivity deviation within the normal population of visual field, in percent."""

    GeneralizedDefectCorrectedSensitivityDeviationFlag: Annotated[
        _GeneralizedDefectCorrectedSensitivityDeviationFlagValue,
        Attribute(
            0x00240102,
            "CS",
            "1",
            "1",
            name="Generalized Defect Corrected Sensitivity Deviation Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Generalized Defect Corrected Sensitivity Deviation Flag (0024,0102): Type 1, VR CS, VM 1. Whether generalized defect corrected data are available for this point. Enumerated Values: YES NO"""

    GeneralizedDefectCorrectedSensitivityDeviationValue: Annotated[
        vr.FL | None,
        Attribute(
            0x00240103,
            "FL",
            "1",
            "1C",
            name="Generalized Defect Corrected Sensitivity Deviation Value",
            when=("value", 0x00240102, 0, "in", ("YES",)),
        ),
    ] = None
    """Generalized Defect Corrected Sensitivity Deviation Value (0024,0103): Type 1C, VR FL, VM 1. Required if Generalized Defect Corrected Sensitivity Deviation Flag (0024,0102) is YES. The age corrected sensitivity deviation after correction for the Generalized Defect, in dB. Generalized defect is proportional to the loss in sensitivity shared by all points in the visual field."""

    GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue: Annotated[
        vr.FL | None,
        Attribute(
            0x00240104,
            "FL",
            "1",
            "1C",
            name="Generalized Defect Corrected Sensitivity Deviation Probability Value",
            when=("value", 0x00240102, 0, "in", ("YES",)),
        ),
    ] = None
    """Generalized Defect Corrected Sensitivity Deviation Probability Value (0024,0104): Type 1C, VR FL, VM 1. Required if Generalized Defect Corrected Sensitivity Deviation Flag (0024,0102) is YES. The percentile of the generalized defect corrected sensitivity deviation within the normal population of visual field, in percent. Required if Generalized Defect Corrected Sensitivity Deviation Flag (0024,0102) is YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GeneralizedDefectCorrectedSensitivityDeviationFlag": (
        "dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag",
        "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value

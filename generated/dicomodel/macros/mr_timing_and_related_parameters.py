"""MR Timing and Related Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_timing_and_related_parameters_sequence_item import (
        MRTimingAndRelatedParametersSequenceItem as _MRTimingAndRelatedParametersSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRTimingAndRelatedParametersSequenceItem = Lazy(
        "dicomodel.items.mr_timing_and_related_parameters_sequence_item",
        "MRTimingAndRelatedParametersSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.gradient_output_type import (
        GradientOutputTypeTerm as GradientOutputTypeTerm,
    )
    from dicomodel.enums.operating_mode import OperatingModeTerm as OperatingModeTerm
    from dicomodel.enums.operating_mode_type import OperatingModeTypeTerm as OperatingModeTypeTerm
    from dicomodel.enums.specific_absorption_rate_definition import (
        SpecificAbsorptionRateDefinitionTerm as SpecificAbsorptionRateDefinitionTerm,
    )
    from dicomodel.items.mr_timing_and_related_parameters_sequence_item import (
        MRTimingAndRelatedParametersSequenceItem as MRTimingAndRelatedParametersSequenceItem,
    )
    from dicomodel.items.operating_mode_sequence_item import (
        OperatingModeSequenceItem as OperatingModeSequenceItem,
    )
    from dicomodel.items.specific_absorption_rate_sequence_item import (
        SpecificAbsorptionRateSequenceItem as SpecificAbsorptionRateSequenceItem,
    )

__all__ = [
    "GradientOutputTypeTerm",
    "MRTimingAndRelatedParametersMacro",
    "MRTimingAndRelatedParametersSequenceItem",
    "OperatingModeSequenceItem",
    "OperatingModeTerm",
    "OperatingModeTypeTerm",
    "SpecificAbsorptionRateDefinitionTerm",
    "SpecificAbsorptionRateSequenceItem",
]


class MRTimingAndRelatedParametersMacro(DicomModel):
    """MR Timing and Related Parameters Macro Attributes (PS3.3 Table C.8-89)."""

    dicom_name: ClassVar[str] = "MR Timing and Related Parameters"
    dicom_table: ClassVar[str] = "table_C.8-89"

    MRTimingAndRelatedParametersSequence: Annotated[
        list[_MRTimingAndRelatedParametersSequenceItem],
        Attribute(0x00189112, "SQ", "1", "1", name="MR Timing and Related Parameters Sequence"),
    ]
    """MR Timing and Related Parameters Sequence (0018,9112): Type 1, VR SQ, VM 1. Identifies the timing and safety information of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GradientOutputTypeTerm": ("dicomodel.enums.gradient_output_type", "GradientOutputTypeTerm"),
    "MRTimingAndRelatedParametersSequenceItem": (
        "dicomodel.items.mr_timing_and_related_parameters_sequence_item",
        "MRTimingAndRelatedParametersSequenceItem",
    ),
    "OperatingModeSequenceItem": (
        "dicomodel.items.operating_mode_sequence_item",
        "OperatingModeSequenceItem",
    ),
    "OperatingModeTerm": ("dicomodel.enums.operating_mode", "OperatingModeTerm"),
    "OperatingModeTypeTerm": ("dicomodel.enums.operating_mode_type", "OperatingModeTypeTerm"),
    "SpecificAbsorptionRateDefinitionTerm": (
        "dicomodel.enums.specific_absorption_rate_definition",
        "SpecificAbsorptionRateDefinitionTerm",
    ),
    "SpecificAbsorptionRateSequenceItem": (
        "dicomodel.items.specific_absorption_rate_sequence_item",
        "SpecificAbsorptionRateSequenceItem",
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

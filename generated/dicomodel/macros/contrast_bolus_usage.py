"""Contrast/Bolus Usage Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.contrast_bolus_usage_sequence_item import (
        ContrastBolusUsageSequenceItem as _ContrastBolusUsageSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ContrastBolusUsageSequenceItem = Lazy(
        "dicomodel.items.contrast_bolus_usage_sequence_item", "ContrastBolusUsageSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.contrast_bolus_agent_administered import (
        ContrastBolusAgentAdministered as ContrastBolusAgentAdministered,
    )
    from dicomodel.enums.contrast_bolus_agent_detected import (
        ContrastBolusAgentDetected as ContrastBolusAgentDetected,
    )
    from dicomodel.enums.contrast_bolus_agent_phase import (
        ContrastBolusAgentPhaseTerm as ContrastBolusAgentPhaseTerm,
    )
    from dicomodel.items.contrast_bolus_usage_sequence_item import (
        ContrastBolusUsageSequenceItem as ContrastBolusUsageSequenceItem,
    )

__all__ = [
    "ContrastBolusAgentAdministered",
    "ContrastBolusAgentDetected",
    "ContrastBolusAgentPhaseTerm",
    "ContrastBolusUsageMacro",
    "ContrastBolusUsageSequenceItem",
]


class ContrastBolusUsageMacro(DicomModel):
    """Contrast/Bolus Usage Macro Attributes (PS3.3 Table C.7.16-13)."""

    dicom_name: ClassVar[str] = "Contrast/Bolus Usage"
    dicom_table: ClassVar[str] = "table_C.7.16-13"

    ContrastBolusUsageSequence: Annotated[
        list[_ContrastBolusUsageSequenceItem],
        Attribute(0x00189341, "SQ", "1", "1", name="Contrast/Bolus Usage Sequence"),
    ]
    """Contrast/Bolus Usage Sequence (0018,9341): Type 1, VR SQ, VM 1. Contains the Attributes describing the use of contrast for this frame. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContrastBolusAgentAdministered": (
        "dicomodel.enums.contrast_bolus_agent_administered",
        "ContrastBolusAgentAdministered",
    ),
    "ContrastBolusAgentDetected": (
        "dicomodel.enums.contrast_bolus_agent_detected",
        "ContrastBolusAgentDetected",
    ),
    "ContrastBolusAgentPhaseTerm": (
        "dicomodel.enums.contrast_bolus_agent_phase",
        "ContrastBolusAgentPhaseTerm",
    ),
    "ContrastBolusUsageSequenceItem": (
        "dicomodel.items.contrast_bolus_usage_sequence_item",
        "ContrastBolusUsageSequenceItem",
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

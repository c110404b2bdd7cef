"""Item class ContrastBolusUsageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.contrast_bolus_agent_administered import (
        ContrastBolusAgentAdministeredValue as _ContrastBolusAgentAdministeredValue,
    )
    from dicomodel.enums.contrast_bolus_agent_detected import (
        ContrastBolusAgentDetectedValue as _ContrastBolusAgentDetectedValue,
    )
    from dicomodel.enums.contrast_bolus_agent_phase import (
        ContrastBolusAgentPhaseTerm as _ContrastBolusAgentPhaseTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ContrastBolusAgentAdministeredValue = Lazy(
        "dicomodel.enums.contrast_bolus_agent_administered", "ContrastBolusAgentAdministeredValue"
    )
    _ContrastBolusAgentDetectedValue = Lazy(
        "dicomodel.enums.contrast_bolus_agent_detected", "ContrastBolusAgentDetectedValue"
    )
    _ContrastBolusAgentPhaseTerm = Lazy(
        "dicomodel.enums.contrast_bolus_agent_phase", "ContrastBolusAgentPhaseTerm"
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

__all__ = [
    "ContrastBolusAgentAdministered",
    "ContrastBolusAgentDetected",
    "ContrastBolusAgentPhaseTerm",
    "ContrastBolusUsageSequenceItem",
]


class ContrastBolusUsageSequenceItem(DicomModel):
    """An item of Contrast/Bolus Usage Sequence (0018,9341), as first defined in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    dicom_name: ClassVar[str] = "Contrast/Bolus Usage Sequence"
    dicom_table: ClassVar[str] = "table_C.7.16-13"

    ContrastBolusAgentNumber: Annotated[
        vr.US, Attribute(0x00189337, "US", "1", "1", name="Contrast/Bolus Agent Number")
    ]
    """Contrast/Bolus Agent Number (0018,9337): Type 1, VR US, VM 1. Identifying number corresponding to the agent described in the Enhanced Contrast/Bolus Module."""

    ContrastBolusAgentAdministered: Annotated[
        _ContrastBolusAgentAdministeredValue,
        Attribute(
            0x00189342,
            "CS",
            "1",
            "1",
            name="Contrast/Bolus Agent Administered",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Contrast/Bolus Agent Administered (0018,9342): Type 1, VR CS, VM 1. The administration of the selected agent had begun by the time this frame was acquired. Enumerated Values: YES NO"""

    ContrastBolusAgentDetected: Annotated[
        _ContrastBolusAgentDetectedValue | None,
        Attribute(
            0x00189343,
            "CS",
            "1",
            "2",
            name="Contrast/Bolus Agent Detected",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Contrast/Bolus Agent Detected (0018,9343): Type 2, VR CS, VM 1. The selected agent was detected in the frame. Enumerated Values: YES NO May only be zero length if the acquisition device is not capable of detecting the presence of this contrast agent in the frame."""

    ContrastBolusAgentPhase: Annotated[
        _ContrastBolusAgentPhaseTerm | vr.CS | None,
        Attribute(
            0x00189344,
            "CS",
            "1",
            "2C",
            name="Contrast/Bolus Agent Phase",
            when=(
                "unknown",
                "condition not read: no verb after 'Contrast/Bolus Administration Route Sequence (0018,0014) for the Contrast/Bolus Agent Number (0018,9337)' (in 'Required if Contrast/Bolus Administration Route Sequence (0018,0014) for the Contrast/Bolus Agent Number (0018,9337) defined in the Contrast/Bolus Agent Sequence (0018,0012) is ( 47625008 , SCT , Intravenous route ) or ( 47625008 , SCT , Intravenous route )')",
            ),
            otherwise="may",
        ),
    ] = None
    """Contrast/Bolus Agent Phase (0018,9344): Type 2C, VR CS, VM 1. Required if Contrast/Bolus Administration Route Sequence (0018,0014) for the Contrast/Bolus Agent Number (0018,9337) defined in the Contrast/Bolus Agent Sequence (0018,0012) is (47625008, SCT, \"Intravenous route\") or (47625008, SCT, \"Intravenous route\"); may be present otherwise. Nominal phase of intravenous contrast administration. Defined Terms: PRE_CONTRAST POST_CONTRAST IMMEDIATE DYNAMIC STEADY_STATE DELAYED ARTERIAL CAPILLARY VENOUS PORTAL_VENOUS Required if Contrast/Bolus Administration Route Sequence (0018,00..."""


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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value

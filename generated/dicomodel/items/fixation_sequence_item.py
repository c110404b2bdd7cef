"""Item class FixationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.excessive_fixation_losses import (
        ExcessiveFixationLossesValue as _ExcessiveFixationLossesValue,
    )
    from dicomodel.enums.excessive_fixation_losses_data_flag import (
        ExcessiveFixationLossesDataFlagValue as _ExcessiveFixationLossesDataFlagValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ExcessiveFixationLossesDataFlagValue = Lazy(
        "dicomodel.enums.excessive_fixation_losses_data_flag",
        "ExcessiveFixationLossesDataFlagValue",
    )
    _ExcessiveFixationLossesValue = Lazy(
        "dicomodel.enums.excessive_fixation_losses", "ExcessiveFixationLossesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.excessive_fixation_losses import (
        ExcessiveFixationLosses as ExcessiveFixationLosses,
    )
    from dicomodel.enums.excessive_fixation_losses_data_flag import (
        ExcessiveFixationLossesDataFlag as ExcessiveFixationLossesDataFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FixationMonitoringCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ExcessiveFixationLosses",
    "ExcessiveFixationLossesDataFlag",
    "FixationMonitoringCodeSequenceItem",
    "FixationSequenceItem",
    "MappingResourceTerm",
]


class FixationSequenceItem(DicomModel):
    """An item of Fixation Sequence (0024,0032), as first defined in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    dicom_name: ClassVar[str] = "Fixation Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.3-1"

    FixationMonitoringCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00240033, "SQ", "1", "1", name="Fixation Monitoring Code Sequence"),
    ]
    """Fixation Monitoring Code Sequence (0024,0033): Type 1, VR SQ, VM 1. The device strategy used to monitor the patient's fixation. One or more Items shall be included in this Sequence."""

    FixationCheckedQuantity: Annotated[
        vr.US | None,
        Attribute(
            0x00240035,
            "US",
            "1",
            "1C",
            name="Fixation Checked Quantity",
            when=("code", 0x00240033, (("111844", "DCM"), ("111845", "DCM"))),
            otherwise="may",
        ),
    ] = None
    """Fixation Checked Quantity (0024,0035): Type 1C, VR US, VM 1. Required if Fixation Monitoring Code Sequence (0024,0033) contains an Item with the value (111844, DCM, \"Blind Spot Monitoring\") or (111845, DCM, \"Macular Fixation Testing\"). May be present otherwise. The number of times that the patient's gaze fixation is checked. Required if Fixation Monitoring Code Sequence (0024,0033) contains an Item with the value (111844, DCM, \"Blind Spot Monitoring\") or (111845, DCM, \"Macular Fixation Testing\")."""

    PatientNotProperlyFixatedQuantity: Annotated[
        vr.US | None,
        Attribute(
            0x00240036,
            "US",
            "1",
            "1C",
            name="Patient Not Properly Fixated Quantity",
            when=("code", 0x00240033, (("111844", "DCM"), ("111845", "DCM"))),
            otherwise="may",
        ),
    ] = None
    """Patient Not Properly Fixated Quantity (0024,0036): Type 1C, VR US, VM 1. Required if Fixation Monitoring Code Sequence (0024,0033) contains an Item with the value (111844, DCM, \"Blind Spot Monitoring\") or (111845, DCM, \"Macular Fixation Testing\"). May be present otherwise. The number of times the patient's gaze is not properly fixated. Required if Fixation Monitoring Code Sequence (0024,0033) contains an Item with the value (111844, DCM, \"Blind Spot Monitoring\") or (111845, DCM, \"Macular Fixation Testing\")."""

    ExcessiveFixationLossesDataFlag: Annotated[
        _ExcessiveFixationLossesDataFlagValue,
        Attribute(
            0x00240039,
            "CS",
            "1",
            "1",
            name="Excessive Fixation Losses Data Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Excessive Fixation Losses Data Flag (0024,0039): Type 1, VR CS, VM 1. Whether the device was able to determine excessive fixation losses. Enumerated Values: YES NO"""

    ExcessiveFixationLosses: Annotated[
        _ExcessiveFixationLossesValue | None,
        Attribute(
            0x00240040,
            "CS",
            "1",
            "1C",
            name="Excessive Fixation Losses",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00240039, 0, "in", ("YES",)),
        ),
    ] = None
    """Excessive Fixation Losses (0024,0040): Type 1C, VR CS, VM 1. Required if Excessive Fixation Losses Data Flag (0024,0039) is YES. The number of fixation losses is outside of implementation-specific limits. Enumerated Values: YES NO Required if Excessive Fixation Losses Data Flag (0024,0039) is YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ExcessiveFixationLosses": (
        "dicomodel.enums.excessive_fixation_losses",
        "ExcessiveFixationLosses",
    ),
    "ExcessiveFixationLossesDataFlag": (
        "dicomodel.enums.excessive_fixation_losses_data_flag",
        "ExcessiveFixationLossesDataFlag",
    ),
    "FixationMonitoringCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value

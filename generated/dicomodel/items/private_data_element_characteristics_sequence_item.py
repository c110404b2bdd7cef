"""Item class PrivateDataElementCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.block_identifying_information_status import (
        BlockIdentifyingInformationStatusValue as _BlockIdentifyingInformationStatusValue,
    )
    from dicomodel.items.deidentification_action_sequence_item import (
        DeidentificationActionSequenceItem as _DeidentificationActionSequenceItem,
    )
    from dicomodel.items.private_data_element_definition_sequence_item import (
        PrivateDataElementDefinitionSequenceItem as _PrivateDataElementDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlockIdentifyingInformationStatusValue = Lazy(
        "dicomodel.enums.block_identifying_information_status",
        "BlockIdentifyingInformationStatusValue",
    )
    _DeidentificationActionSequenceItem = Lazy(
        "dicomodel.items.deidentification_action_sequence_item",
        "DeidentificationActionSequenceItem",
    )
    _PrivateDataElementDefinitionSequenceItem = Lazy(
        "dicomodel.items.private_data_element_definition_sequence_item",
        "PrivateDataElementDefinitionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.block_identifying_information_status import (
        BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus,
    )
    from dicomodel.enums.deidentification_action import (
        DeidentificationAction as DeidentificationAction,
    )
    from dicomodel.items.deidentification_action_sequence_item import (
        DeidentificationActionSequenceItem as DeidentificationActionSequenceItem,
    )
    from dicomodel.items.private_data_element_definition_sequence_item import (
        PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
    )

__all__ = [
    "BlockIdentifyingInformationStatus",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
]


class PrivateDataElementCharacteristicsSequenceItem(DicomModel):
    """An item of Private Data Element Characteristics Sequence (0008,0300), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Private Data Element Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    PrivateGroupReference: Annotated[
        vr.US, Attribute(0x00080301, "US", "1", "1", name="Private Group Reference")
    ]
    """Private Group Reference (0008,0301): Type 1, VR US, VM 1. Odd group number within which the Private Data Element block is reserved."""

    PrivateCreatorReference: Annotated[
        vr.LO, Attribute(0x00080302, "LO", "1", "1", name="Private Creator Reference")
    ]
    """Private Creator Reference (0008,0302): Type 1, VR LO, VM 1. The value of the Private Creator Data Element value used to reserve the block of Private Data Elements whose characteristics are described in this Item."""

    PrivateDataElementDefinitionSequence: Annotated[
        list[_PrivateDataElementDefinitionSequenceItem] | None,
        Attribute(0x00080310, "SQ", "1", "3", name="Private Data Element Definition Sequence"),
    ] = None
    """Private Data Element Definition Sequence (0008,0310): Type 3, VR SQ, VM 1. Description of individual Private Data Elements. One or more Items are permitted in this Sequence."""

    BlockIdentifyingInformationStatus: Annotated[
        _BlockIdentifyingInformationStatusValue,
        Attribute(
            0x00080303,
            "CS",
            "1",
            "1",
            name="Block Identifying Information Status",
            enumerated=((0, ("SAFE", "UNSAFE", "MIXED")),),
        ),
    ]
    """Block Identifying Information Status (0008,0303): Type 1, VR CS, VM 1. Specifies whether some or all of the Private Data Elements in the block are safe from identity leakage as defined by Section E.3.10 in PS3.15."""

    NonidentifyingPrivateElements: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00080304,
            "US",
            "1-n",
            "1C",
            name="Nonidentifying Private Elements",
            when=("value", 0x00080303, 0, "in", ("MIXED",)),
        ),
    ] = None
    """Nonidentifying Private Elements (0008,0304): Type 1C, VR US, VM 1-n. Required if Block Identifying Information Status (0008,0303) equals MIXED. List of Private Data Elements in block that do not contain identifying information (are safe from identity leakage). Elements are identified by the lowest 8-bits of the Date Element Tag (i.e., with a value from 0000H to 00FFH) within the bl..."""

    DeidentificationActionSequence: Annotated[
        list[_DeidentificationActionSequenceItem] | None,
        Attribute(0x00080305, "SQ", "1", "3", name="Deidentification Action Sequence"),
    ] = None
    """Deidentification Action Sequence (0008,0305): Type 3, VR SQ, VM 1. Actions to be performed on element within the block that are not safe from identify leakage. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlockIdentifyingInformationStatus": (
        "dicomodel.enums.block_identifying_information_status",
        "BlockIdentifyingInformationStatus",
    ),
    "DeidentificationAction": ("dicomodel.enums.deidentification_action", "DeidentificationAction"),
    "DeidentificationActionSequenceItem": (
        "dicomodel.items.deidentification_action_sequence_item",
        "DeidentificationActionSequenceItem",
    ),
    "PrivateDataElementDefinitionSequenceItem": (
        "dicomodel.items.private_data_element_definition_sequence_item",
        "PrivateDataElementDefinitionSequenceItem",
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

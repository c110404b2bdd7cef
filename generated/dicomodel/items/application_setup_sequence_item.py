"""Item class ApplicationSetupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.application_setup_type import (
        ApplicationSetupTypeTerm as _ApplicationSetupTypeTerm,
    )
    from dicomodel.items.brachy_accessory_device_sequence_item import (
        BrachyAccessoryDeviceSequenceItem as _BrachyAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.channel_sequence_item import ChannelSequenceItem as _ChannelSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicationSetupTypeTerm = Lazy(
        "dicomodel.enums.application_setup_type", "ApplicationSetupTypeTerm"
    )
    _BrachyAccessoryDeviceSequenceItem = Lazy(
        "dicomodel.items.brachy_accessory_device_sequence_item", "BrachyAccessoryDeviceSequenceItem"
    )
    _ChannelSequenceItem = Lazy("dicomodel.items.channel_sequence_item", "ChannelSequenceItem")
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.application_setup_type import (
        ApplicationSetupTypeTerm as ApplicationSetupTypeTerm,
    )
    from dicomodel.enums.brachy_accessory_device_type import (
        BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm,
    )
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as SourceApplicatorTypeTerm,
    )
    from dicomodel.enums.source_movement_type import (
        SourceMovementTypeTerm as SourceMovementTypeTerm,
    )
    from dicomodel.items.brachy_accessory_device_sequence_item import (
        BrachyAccessoryDeviceSequenceItem as BrachyAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.brachy_control_point_sequence_item import (
        BrachyControlPointSequenceItem as BrachyControlPointSequenceItem,
    )
    from dicomodel.items.brachy_referenced_dose_reference_sequence_item import (
        BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.channel_sequence_item import ChannelSequenceItem as ChannelSequenceItem
    from dicomodel.items.channel_shield_sequence_item import (
        ChannelShieldSequenceItem as ChannelShieldSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedReferenceImageSequenceItem,
    )

__all__ = [
    "ApplicationSetupSequenceItem",
    "ApplicationSetupTypeTerm",
    "BrachyAccessoryDeviceSequenceItem",
    "BrachyAccessoryDeviceTypeTerm",
    "BrachyControlPointSequenceItem",
    "BrachyReferencedDoseReferenceSequenceItem",
    "ChannelSequenceItem",
    "ChannelShieldSequenceItem",
    "ReferencedReferenceImageSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
]


class ApplicationSetupSequenceItem(DicomModel):
    """An item of Application Setup Sequence (300A,0230), as first defined in RT Brachy Application Setups Module Attributes (C.8-51)."""

    dicom_name: ClassVar[str] = "Application Setup Sequence"
    dicom_table: ClassVar[str] = "table_C.8-51"

    ApplicationSetupType: Annotated[
        _ApplicationSetupTypeTerm | vr.CS,
        Attribute(0x300A0232, "CS", "1", "1", name="Application Setup Type"),
    ]
    """Application Setup Type (300A,0232): Type 1, VR CS, VM 1. Type of Application Setup. Defined Terms: FLETCHER_SUIT DELCLOS BLOEDORN JOSLIN_FLYNN CHANDIGARH MANCHESTER HENSCHKE NASOPHARYNGEAL OESOPHAGEAL ENDOBRONCHIAL SYED_NEBLETT ENDORECTAL PERINEAL"""

    ApplicationSetupNumber: Annotated[
        vr.IS, Attribute(0x300A0234, "IS", "1", "1", name="Application Setup Number")
    ]
    """Application Setup Number (300A,0234): Type 1, VR IS, VM 1. Identification number of the Application Setup. The value of Application Setup Number (300A,0234) shall be unique within the RT Plan in which it is created."""

    ApplicationSetupName: Annotated[
        vr.LO | None, Attribute(0x300A0236, "LO", "1", "3", name="Application Setup Name")
    ] = None
    """Application Setup Name (300A,0236): Type 3, VR LO, VM 1. User-defined name for Application Setup."""

    ApplicationSetupManufacturer: Annotated[
        vr.LO | None, Attribute(0x300A0238, "LO", "1", "3", name="Application Setup Manufacturer")
    ] = None
    """Application Setup Manufacturer (300A,0238): Type 3, VR LO, VM 1. Manufacturer of Application Setup."""

    TemplateNumber: Annotated[
        vr.IS | None, Attribute(0x300A0240, "IS", "1", "3", name="Template Number")
    ] = None
    """Template Number (300A,0240): Type 3, VR IS, VM 1. Identification number of the Template. The value of Template Number (300A,0240) shall be unique within the Application Setup in which it is created."""

    TemplateType: Annotated[
        vr.SH | None, Attribute(0x300A0242, "SH", "1", "3", name="Template Type")
    ] = None
    """Template Type (300A,0242): Type 3, VR SH, VM 1. User-defined type for Template Device."""

    TemplateName: Annotated[
        vr.LO | None, Attribute(0x300A0244, "LO", "1", "3", name="Template Name")
    ] = None
    """Template Name (300A,0244): Type 3, VR LO, VM 1. User-defined name for Template Device."""

    ReferencedReferenceImageSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0042, "SQ", "1", "3", name="Referenced Reference Image Sequence"),
    ] = None
    """Referenced Reference Image Sequence (300C,0042): Type 3, VR SQ, VM 1. Sequence of reference images used for validation of current Application Setup. One or more Items are permitted in this Sequence."""

    TotalReferenceAirKerma: Annotated[
        vr.DS, Attribute(0x300A0250, "DS", "1", "1", name="Total Reference Air Kerma")
    ]
    """Total Reference Air Kerma (300A,0250): Type 1, VR DS, VM 1. Total Reference Air Kerma for current Application Setup, i.e., the product of Air Kerma Rate of all Sources in all Channels with their respective Channel Times (µGy at 1 m). Value shall be zero for non-gamma sources."""

    BrachyAccessoryDeviceSequence: Annotated[
        list[_BrachyAccessoryDeviceSequenceItem] | None,
        Attribute(0x300A0260, "SQ", "1", "3", name="Brachy Accessory Device Sequence"),
    ] = None
    """Brachy Accessory Device Sequence (300A,0260): Type 3, VR SQ, VM 1. Sequence of Brachy Accessory Devices associated with current Application Setup. One or more Items are permitted in this Sequence."""

    ChannelSequence: Annotated[
        list[_ChannelSequenceItem], Attribute(0x300A0280, "SQ", "1", "1", name="Channel Sequence")
    ]
    """Channel Sequence (300A,0280): Type 1, VR SQ, VM 1. Sequence of Channels for current Application Setup. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicationSetupTypeTerm": (
        "dicomodel.enums.application_setup_type",
        "ApplicationSetupTypeTerm",
    ),
    "BrachyAccessoryDeviceSequenceItem": (
        "dicomodel.items.brachy_accessory_device_sequence_item",
        "BrachyAccessoryDeviceSequenceItem",
    ),
    "BrachyAccessoryDeviceTypeTerm": (
        "dicomodel.enums.brachy_accessory_device_type",
        "BrachyAccessoryDeviceTypeTerm",
    ),
    "BrachyControlPointSequenceItem": (
        "dicomodel.items.brachy_control_point_sequence_item",
        "BrachyControlPointSequenceItem",
    ),
    "BrachyReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.brachy_referenced_dose_reference_sequence_item",
        "BrachyReferencedDoseReferenceSequenceItem",
    ),
    "ChannelSequenceItem": ("dicomodel.items.channel_sequence_item", "ChannelSequenceItem"),
    "ChannelShieldSequenceItem": (
        "dicomodel.items.channel_shield_sequence_item",
        "ChannelShieldSequenceItem",
    ),
    "ReferencedReferenceImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceApplicatorTypeTerm": (
        "dicomodel.enums.source_applicator_type",
        "SourceApplicatorTypeTerm",
    ),
    "SourceMovementTypeTerm": ("dicomodel.enums.source_movement_type", "SourceMovementTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value

"""Generic Implant Template Description Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.implant_type import ImplantTypeValue as _ImplantTypeValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as _ImplantTargetAnatomySequenceItem,
    )
    from dicomodel.items.notification_from_manufacturer_sequence_item import (
        NotificationFromManufacturerSequenceItem as _NotificationFromManufacturerSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImplantTargetAnatomySequenceItem = Lazy(
        "dicomodel.items.implant_target_anatomy_sequence_item", "ImplantTargetAnatomySequenceItem"
    )
    _ImplantTypeValue = Lazy("dicomodel.enums.implant_type", "ImplantTypeValue")
    _NotificationFromManufacturerSequenceItem = Lazy(
        "dicomodel.items.notification_from_manufacturer_sequence_item",
        "NotificationFromManufacturerSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.implant_type import ImplantType as ImplantType
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.mime_type_of_encapsulated_document import (
        MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnatomicRegionSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CoatingMaterialsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FixationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ImplantRegulatoryDisapprovalCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ImplantTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MaterialsCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as ImplantTargetAnatomySequenceItem,
    )
    from dicomodel.items.notification_from_manufacturer_sequence_item import (
        NotificationFromManufacturerSequenceItem as InformationFromManufacturerSequenceItem,
    )
    from dicomodel.items.notification_from_manufacturer_sequence_item import (
        NotificationFromManufacturerSequenceItem as NotificationFromManufacturerSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DerivationImplantTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginalImplantTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedImplantTemplateSequenceItem,
    )

__all__ = [
    "AnatomicRegionSequenceItem",
    "CoatingMaterialsCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationImplantTemplateSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixationMethodCodeSequenceItem",
    "GenericImplantTemplateDescriptionModule",
    "ImplantRegulatoryDisapprovalCodeSequenceItem",
    "ImplantTargetAnatomySequenceItem",
    "ImplantType",
    "ImplantTypeCodeSequenceItem",
    "InformationFromManufacturerSequenceItem",
    "MIMETypeOfEncapsulatedDocument",
    "MappingResourceTerm",
    "MaterialsCodeSequenceItem",
    "NotificationFromManufacturerSequenceItem",
    "OriginalImplantTemplateSequenceItem",
    "ReplacedImplantTemplateSequenceItem",
]


class GenericImplantTemplateDescriptionModule(DicomModel):
    """Generic Implant Template Description Module Attributes (PS3.3 Table C.29.1.1-1)."""

    dicom_name: ClassVar[str] = "Generic Implant Template Description"
    dicom_table: ClassVar[str] = "table_C.29.1.1-1"

    Manufacturer: Annotated[vr.LO, Attribute(0x00080070, "LO", "1", "1", name="Manufacturer")]
    """Manufacturer (0008,0070): Type 1, VR LO, VM 1. Name of the manufacturer that produces the implant."""

    FrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00200052, "UI", "1", "1", name="Frame of Reference UID")
    ]
    """Frame of Reference UID (0020,0052): Type 1, VR UI, VM 1. Defines a 3D Frame of Reference for this component."""

    ImplantName: Annotated[vr.LO, Attribute(0x00221095, "LO", "1", "1", name="Implant Name")]
    """Implant Name (0022,1095): Type 1, VR LO, VM 1. The (product) name of the implant."""

    ImplantSize: Annotated[
        vr.LO | None,
        Attribute(
            0x00686210,
            "LO",
            "1",
            "1C",
            name="Implant Size",
            when=("unknown", "depends on what is known to the creator"),
            otherwise="may",
        ),
    ] = None
    """Implant Size (0068,6210): Type 1C, VR LO, VM 1. Required if the component exists in different sizes and the size number is not part of the name or identifier. May be present otherwise. The size descriptor of the component. Required if the component exists in different sizes and the size number is not part of the name or identifier. May be present otherwise. See Section C.29.1.1.1.1 for details."""

    ImplantPartNumber: Annotated[
        vr.LO, Attribute(0x00221097, "LO", "1", "1", name="Implant Part Number")
    ]
    """Implant Part Number (0022,1097): Type 1, VR LO, VM 1. The (product) identifier of the implant."""

    ImplantTemplateVersion: Annotated[
        vr.LO, Attribute(0x00686221, "LO", "1", "1", name="Implant Template Version")
    ]
    """Implant Template Version (0068,6221): Type 1, VR LO, VM 1. The version code of the implant template. If Implant Type (0068,6223) is DERIVED, this shall have the same value as the Implant Template Version (0068,6221) of the manufacturer's implant template from which this Instance was derived."""

    ReplacedImplantTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00686222,
            "SQ",
            "1",
            "1C",
            name="Replaced Implant Template Sequence",
            when=("unknown", "names no attribute: this Instance replaces another Instance"),
        ),
    ] = None
    """Replaced Implant Template Sequence (0068,6222): Type 1C, VR SQ, VM 1. Required if this Instance replaces another Instance. Reference to the Implant Template that is replaced by this template. Only a single Item shall be included in this Sequence. Required if this Instance replaces another Instance."""

    ImplantType: Annotated[
        _ImplantTypeValue,
        Attribute(
            0x00686223,
            "CS",
            "1",
            "1",
            name="Implant Type",
            enumerated=((0, ("ORIGINAL", "DERIVED")),),
        ),
    ]
    """Implant Type (0068,6223): Type 1, VR CS, VM 1. Indicates whether the Implant Template is derived from another Implant Template. Enumerated Values: ORIGINAL DERIVED"""

    OriginalImplantTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00686225,
            "SQ",
            "1",
            "1C",
            name="Original Implant Template Sequence",
            when=("value", 0x00686223, 0, "in", ("DERIVED",)),
        ),
    ] = None
    """Original Implant Template Sequence (0068,6225): Type 1C, VR SQ, VM 1. Required if Implant Type (0068,6223) is DERIVED. Reference to the Implant Template Instance with Implant Type (0068,6223) ORIGINAL from which this Instance was ultimately derived. Only a single Item shall be included in this Sequence. Required if Implant Type (0068,6223) is DERIVED."""

    DerivationImplantTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00686224,
            "SQ",
            "1",
            "1C",
            name="Derivation Implant Template Sequence",
            when=("value", 0x00686223, 0, "in", ("DERIVED",)),
        ),
    ] = None
    """Derivation Implant Template Sequence (0068,6224): Type 1C, VR SQ, VM 1. Required if Implant Type (0068,6223) is DERIVED. Reference to Implant Template Instance from which this Instance was directly derived. Only a single Item shall be included in this Sequence. Required if Implant Type (0068,6223) is DERIVED."""

    EffectiveDateTime: Annotated[
        vr.DT, Attribute(0x00686226, "DT", "1", "1", name="Effective DateTime")
    ]
    """Effective DateTime (0068,6226): Type 1, VR DT, VM 1. Date and time from which this Instance is or will be valid."""

    ImplantTargetAnatomySequence: Annotated[
        list[_ImplantTargetAnatomySequenceItem] | None,
        Attribute(0x00686230, "SQ", "1", "3", name="Implant Target Anatomy Sequence"),
    ] = None
    """Implant Target Anatomy Sequence (0068,6230): Type 3, VR SQ, VM 1. Sequence that identifies the anatomical region the implant is to be implanted to. One or more Items are permitted in this Sequence."""

    NotificationFromManufacturerSequence: Annotated[
        list[_NotificationFromManufacturerSequenceItem] | None,
        Attribute(
            0x00686265,
            "SQ",
            "1",
            "1C",
            name="Notification From Manufacturer Sequence",
            when=("unknown", "names no attribute: such information has been issued"),
        ),
    ] = None
    """Notification From Manufacturer Sequence (0068,6265): Type 1C, VR SQ, VM 1. Required if such information has been issued. Information from the manufacturer concerning a critical notification, recall, or discontinuation of the implant or implant template. One or more Items shall be included in this Sequence. Required if such information has been issued."""

    InformationFromManufacturerSequence: Annotated[
        list[_NotificationFromManufacturerSequenceItem] | None,
        Attribute(0x00686260, "SQ", "1", "3", name="Information From Manufacturer Sequence"),
    ] = None
    """Information From Manufacturer Sequence (0068,6260): Type 3, VR SQ, VM 1. Information from Manufacturer other than described in Notification From Manufacturer Sequence (0068,6265). One or more Items shall be included in this Sequence."""

    ImplantRegulatoryDisapprovalCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x006862A0,
            "SQ",
            "1",
            "1C",
            name="Implant Regulatory Disapproval Code Sequence",
            when=(
                "unknown",
                "names no attribute: the implant has been disapproved in a country or a region",
            ),
        ),
    ] = None
    """Implant Regulatory Disapproval Code Sequence (0068,62A0): Type 1C, VR SQ, VM 1. Required if the implant has been disapproved in a country or a region. Sequence containing countries and regions in which the implant is not approved for usage. One or more Items shall be included in this Sequence. Required if the implant has been disapproved in a country or a region."""

    OverallTemplateSpatialTolerance: Annotated[
        vr.FD | None,
        Attribute(0x006862A5, "FD", "1", "2", name="Overall Template Spatial Tolerance"),
    ]
    """Overall Template Spatial Tolerance (0068,62A5): Type 2, VR FD, VM 1. Tolerance in mm applying to all distance measurements and spatial locations in this Implant Template."""

    MaterialsCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x006863A0, "SQ", "1", "1", name="Materials Code Sequence"),
    ]
    """Materials Code Sequence (0068,63A0): Type 1, VR SQ, VM 1. A Code Sequence specifying the materials the implant was built from. One or more Items shall be included in this Sequence."""

    CoatingMaterialsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x006863A4,
            "SQ",
            "1",
            "1C",
            name="Coating Materials Code Sequence",
            when=("unknown", "names no attribute: the implant is coated"),
        ),
    ] = None
    """Coating Materials Code Sequence (0068,63A4): Type 1C, VR SQ, VM 1. Required if the implant is coated. A Code Sequence specifying the materials the implant is coated with. One or more Items shall be included in this Sequence. Required if the implant is coated."""

    ImplantTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x006863A8, "SQ", "1", "1", name="Implant Type Code Sequence"),
    ]
    """Implant Type Code Sequence (0068,63A8): Type 1, VR SQ, VM 1. Sequence containing a coded description of the type of implant the template reflects. Only a single Item shall be included in this Sequence."""

    FixationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x006863AC, "SQ", "1", "1", name="Fixation Method Code Sequence"),
    ]
    """Fixation Method Code Sequence (0068,63AC): Type 1, VR SQ, VM 1. The method that will be used to fixate the implant in the body. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CoatingMaterialsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationImplantTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FixationMethodCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ImplantRegulatoryDisapprovalCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ImplantTargetAnatomySequenceItem": (
        "dicomodel.items.implant_target_anatomy_sequence_item",
        "ImplantTargetAnatomySequenceItem",
    ),
    "ImplantType": ("dicomodel.enums.implant_type", "ImplantType"),
    "ImplantTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InformationFromManufacturerSequenceItem": (
        "dicomodel.items.notification_from_manufacturer_sequence_item",
        "NotificationFromManufacturerSequenceItem",
    ),
    "MIMETypeOfEncapsulatedDocument": (
        "dicomodel.enums.mime_type_of_encapsulated_document",
        "MIMETypeOfEncapsulatedDocument",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MaterialsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "NotificationFromManufacturerSequenceItem": (
        "dicomodel.items.notification_from_manufacturer_sequence_item",
        "NotificationFromManufacturerSequenceItem",
    ),
    "OriginalImplantTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReplacedImplantTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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

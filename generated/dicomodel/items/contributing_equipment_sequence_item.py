"""Item class ContributingEquipmentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.udi_item import UDIItem as _UDIItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _UDIItem = Lazy("dicomodel.items.udi_item", "UDIItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "ContributingEquipmentSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "UDISequenceItem",
]


class ContributingEquipmentSequenceItem(DicomModel):
    """An item of Contributing Equipment Sequence (0018,A001), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Contributing Equipment Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    PurposeOfReferenceCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A170, "SQ", "1", "1", name="Purpose of Reference Code Sequence"),
    ]
    """Purpose of Reference Code Sequence (0040,A170): Type 1, VR SQ, VM 1. Describes the purpose for which the related equipment is being referenced. Only a single Item shall be included in this Sequence. See Section C.12.1.1.5 for further explanation."""

    Manufacturer: Annotated[vr.LO, Attribute(0x00080070, "LO", "1", "1", name="Manufacturer")]
    """Manufacturer (0008,0070): Type 1, VR LO, VM 1. Manufacturer of the equipment that contributed to the Composite Instance."""

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "3", name="Institution Name")
    ] = None
    """Institution Name (0008,0080): Type 3, VR LO, VM 1. Institution where the equipment that contributed to the Composite Instance is located."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", "3", name="Institution Address")
    ] = None
    """Institution Address (0008,0081): Type 3, VR ST, VM 1. Address of the institution where the equipment that contributed to the Composite Instance is located."""

    StationName: Annotated[
        vr.SH | None, Attribute(0x00081010, "SH", "1", "3", name="Station Name")
    ] = None
    """Station Name (0008,1010): Type 3, VR SH, VM 1. User defined name identifying the machine that contributed to the Composite Instance."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): Type 3, VR LO, VM 1. Department in the institution where the equipment that contributed to the Composite Instance is located."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): Type 3, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. Only a single Item is permitted in this Sequence."""

    OperatorsName: Annotated[
        list[vr.PN] | None, Attribute(0x00081070, "PN", "1-n", "3", name="Operators' Name")
    ] = None
    """Operators' Name (0008,1070): Type 3, VR PN, VM 1-n. Name(s) of the operator(s) of the contributing equipment."""

    OperatorIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00081072, "SQ", "1", "3", name="Operator Identification Sequence"),
    ] = None
    """Operator Identification Sequence (0008,1072): Type 3, VR SQ, VM 1. Identification of the operator(s) of the contributing equipment. One or more Items are permitted in this Sequence. The number and order of Items shall correspond to the number and order of values of Operators' Name (0008,1070), if present."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", "3", name="Manufacturer's Model Name")
    ] = None
    """Manufacturer's Model Name (0008,1090): Type 3, VR LO, VM 1. Manufacturer's model name of the equipment that contributed to the Composite Instance."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", "3", name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): Type 3, VR LO, VM 1. Manufacturer's serial number of the equipment that contributed to the Composite Instance."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None, Attribute(0x00181020, "LO", "1-n", "3", name="Software Versions")
    ] = None
    """Software Versions (0018,1020): Type 3, VR LO, VM 1-n. Manufacturer's designation of the software version of the equipment that contributed to the Composite Instance. See Section C.7.5.1.1.3."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment that contributed to the Composite Instance was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment that contributed to the Composite Instance was installed in its current location. The equipment may or may not have been used prior to installation in its current location."""

    DeviceUID: Annotated[vr.UI | None, Attribute(0x00181002, "UI", "1", "3", name="Device UID")] = (
        None
    )
    """Device UID (0018,1002): Type 3, VR UI, VM 1. Unique identifier of the contributing equipment. There is no requirement that this Device UID (0018,1002) be the same as the Instance Creator UID (0008,0014) in the SOP Common Module, though it may be."""

    UDISequence: Annotated[
        list[_UDIItem] | None, Attribute(0x0018100A, "SQ", "1", "3", name="UDI Sequence")
    ] = None
    """UDI Sequence (0018,100A): Type 3, VR SQ, VM 1. Unique Device Identifier (UDI) of the contributing equipment. One or more Items are permitted in this Sequence. This is the UDI that corresponds to the entire contributing equipment as described by the other attributes in the Contributing E..."""

    SpatialResolution: Annotated[
        vr.DS | None, Attribute(0x00181050, "DS", "1", "3", name="Spatial Resolution")
    ] = None
    """Spatial Resolution (0018,1050): Type 3, VR DS, VM 1. The inherent limiting resolution in mm of the acquisition equipment for high contrast objects for the data gathering and reconstruction technique chosen. If variable across the images of the Series, the value at the image center."""

    DateOfLastCalibration: Annotated[
        list[vr.DA] | None, Attribute(0x00181200, "DA", "1-n", "3", name="Date of Last Calibration")
    ] = None
    """Date of Last Calibration (0018,1200): Type 3, VR DA, VM 1-n. Date when the image acquisition device calibration was last changed in any way. Multiple entries may be used for additional calibrations at other times. See Section C.7.5.1.1.1 for further explanation."""

    TimeOfLastCalibration: Annotated[
        list[vr.TM] | None, Attribute(0x00181201, "TM", "1-n", "3", name="Time of Last Calibration")
    ] = None
    """Time of Last Calibration (0018,1201): Type 3, VR TM, VM 1-n. Time when the image acquisition device calibration was last changed in any way. Multiple entries may be used. See Section C.7.5.1.1.1 for further explanation."""

    ContributionDateTime: Annotated[
        vr.DT | None, Attribute(0x0018A002, "DT", "1", "3", name="Contribution DateTime")
    ] = None
    """Contribution DateTime (0018,A002): Type 3, VR DT, VM 1. The Date & Time when the equipment contributed to the Composite Instance."""

    ContributionDescription: Annotated[
        vr.ST | None, Attribute(0x0018A003, "ST", "1", "3", name="Contribution Description")
    ] = None
    """Contribution Description (0018,A003): Type 3, VR ST, VM 1. Description of the contribution the equipment made to the Composite Instance."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value

"""Item class ParticipantSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.observer_type import ObserverTypeValue as _ObserverTypeValue
    from dicomodel.enums.participation_type import ParticipationTypeTerm as _ParticipationTypeTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ObserverTypeValue = Lazy("dicomodel.enums.observer_type", "ObserverTypeValue")
    _ParticipationTypeTerm = Lazy("dicomodel.enums.participation_type", "ParticipationTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.participation_type import ParticipationTypeTerm as ParticipationTypeTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "ParticipantSequenceItem",
    "ParticipationTypeTerm",
    "PersonIdentificationCodeSequenceItem",
]


class ParticipantSequenceItem(DicomModel):
    """An item of Participant Sequence (0040,A07A), as first defined in SR Document General Module Attributes (C.17-2)."""

    dicom_name: ClassVar[str] = "Participant Sequence"
    dicom_table: ClassVar[str] = "table_C.17-2"

    ParticipationType: Annotated[
        _ParticipationTypeTerm | vr.CS,
        Attribute(0x0040A080, "CS", "1", "1", name="Participation Type"),
    ]
    """Participation Type (0040,A080): Type 1, VR CS, VM 1. Participant's role with respect to the clinical content of this document. See Section C.17.2.5. Defined Terms: SOURCE Equipment that contributed to the content ENT Data enterer (e.g., transcriptionist) ATTEST Attestor In HL7 Structured Docu..."""

    ParticipationDateTime: Annotated[
        vr.DT | None, Attribute(0x0040A082, "DT", "1", "2", name="Participation DateTime")
    ]
    """Participation DateTime (0040,A082): Type 2, VR DT, VM 1. DateTime of participation with respect to the clinical content of this document."""

    ObserverType: Annotated[
        _ObserverTypeValue,
        Attribute(
            0x0040A084, "CS", "1", "1", name="Observer Type", enumerated=((0, ("PSN", "DEV")),)
        ),
    ]
    """Observer Type (0040,A084): Type 1, VR CS, VM 1. The type of entity being identified. Enumerated Values: PSN Person DEV Device"""

    PersonName: Annotated[
        vr.PN | None,
        Attribute(
            0x0040A123,
            "PN",
            "1",
            "1C",
            name="Person Name",
            when=("value", 0x0040A084, 0, "in", ("PSN",)),
        ),
    ] = None
    """Person Name (0040,A123): Type 1C, VR PN, VM 1. Required if Observer Type value is PSN. Name of the person observer identified. Required if Observer Type value is PSN."""

    PersonIdentificationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00401101,
            "SQ",
            "1",
            "2C",
            name="Person Identification Code Sequence",
            when=("value", 0x0040A084, 0, "in", ("PSN",)),
        ),
    ] = None
    """Person Identification Code Sequence (0040,1101): Type 2C, VR SQ, VM 1. Required if Observer Type value is PSN. Coded identifier of the person identified. Zero or one Item shall be included in this Sequence. Required if Observer Type value is PSN."""

    OrganizationalRoleCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0044010A, "SQ", "1", "3", name="Organizational Role Code Sequence"),
    ] = None
    """Organizational Role Code Sequence (0044,010A): Type 3, VR SQ, VM 1. The organizational capacity in which the person observer is participating."""

    StationName: Annotated[
        vr.SH | None,
        Attribute(
            0x00081010,
            "SH",
            "1",
            "2C",
            name="Station Name",
            when=("value", 0x0040A084, 0, "in", ("DEV",)),
        ),
    ] = None
    """Station Name (0008,1010): Type 2C, VR SH, VM 1. Required if Observer Type value is DEV. Name of the identified device. Required if Observer Type value is DEV."""

    DeviceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00181002,
            "UI",
            "1",
            "1C",
            name="Device UID",
            when=("value", 0x0040A084, 0, "in", ("DEV",)),
        ),
    ] = None
    """Device UID (0018,1002): Type 1C, VR UI, VM 1. Required if Observer Type value is DEV. Unique identifier of the device identified. Required if Observer Type value is DEV."""

    Manufacturer: Annotated[
        vr.LO | None,
        Attribute(
            0x00080070,
            "LO",
            "1",
            "1C",
            name="Manufacturer",
            when=("value", 0x0040A084, 0, "in", ("DEV",)),
        ),
    ] = None
    """Manufacturer (0008,0070): Type 1C, VR LO, VM 1. Required if Observer Type value is DEV. Manufacturer of the device identified. Required if Observer Type value is DEV."""

    ManufacturerModelName: Annotated[
        vr.LO | None,
        Attribute(
            0x00081090,
            "LO",
            "1",
            "1C",
            name="Manufacturer's Model Name",
            when=("value", 0x0040A084, 0, "in", ("DEV",)),
        ),
    ] = None
    """Manufacturer's Model Name (0008,1090): Type 1C, VR LO, VM 1. Required if Observer Type value is DEV. Model Name of the device identified. Required if Observer Type value is DEV."""

    StationAETitle: Annotated[
        vr.AE | None, Attribute(0x00080055, "AE", "1", "3", name="Station AE Title")
    ] = None
    """Station AE Title (0008,0055): Type 3, VR AE, VM 1. Application Entity Title of the device identified."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", "3", name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): Type 3, VR LO, VM 1. Manufacturer's serial number of the identified device. While the serial number will be unique within the scope of the Manufacturer and Model, it might not be universally unique."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None, Attribute(0x00181020, "LO", "1-n", "3", name="Software Versions")
    ] = None
    """Software Versions (0018,1020): Type 3, VR LO, VM 1-n. Manufacturer's designation of software version of the identified device. See Section C.7.5.1.1.3."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the identified device was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the identified device was installed in its current location. The device may or may not have been used prior to installation in its current location."""

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "2", name="Institution Name")
    ]
    """Institution Name (0008,0080): Type 2, VR LO, VM 1. Institution or organization to which the identified person is responsible or accountable, or that manages the identified device."""

    InstitutionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080082, "SQ", "1", "2", name="Institution Code Sequence"),
    ]
    """Institution Code Sequence (0008,0082): Type 2, VR SQ, VM 1. Institution or organization to which the identified person is responsible or accountable, or that manages the identified device. Zero or one Item shall be included in this Sequence."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): Type 3, VR LO, VM 1. Department in the institution or organization to which the identified person is responsible or accountable, or that manages the identified device."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): Type 3, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""


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
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ParticipationTypeTerm": ("dicomodel.enums.participation_type", "ParticipationTypeTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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

"""General Contributing Sources Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.contributing_sop_instances_reference_sequence_item import (
        ContributingSOPInstancesReferenceSequenceItem as _ContributingSOPInstancesReferenceSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContributingSOPInstancesReferenceSequenceItem = Lazy(
        "dicomodel.items.contributing_sop_instances_reference_sequence_item",
        "ContributingSOPInstancesReferenceSequenceItem",
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

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
        CodeSequenceItem as PerformedProtocolCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.contributing_sop_instances_reference_sequence_item import (
        ContributingSOPInstancesReferenceSequenceItem as ContributingSOPInstancesReferenceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item import (
        ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_general_contributing_sources import (
        ReferencedSeriesSequenceItemGeneralContributingSources as ReferencedSeriesSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "ContributingSOPInstancesReferenceSequenceItem",
    "EquivalentCodeSequenceItem",
    "GeneralContributingSourcesMacro",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
]


class GeneralContributingSourcesMacro(DicomModel):
    """General Contributing Sources Macro Attributes (PS3.3 Table 10-13)."""

    dicom_name: ClassVar[str] = "General Contributing Sources"
    dicom_table: ClassVar[str] = "table_10-13"

    ContributingSOPInstancesReferenceSequence: Annotated[
        list[_ContributingSOPInstancesReferenceSequenceItem] | None,
        Attribute(
            0x00209529,
            "SQ",
            "1",
            "1C",
            name="Contributing SOP Instances Reference Sequence",
            when=(
                "unknown",
                "names no attribute: this SOP Instance is created from other DICOM SOP Instances",
            ),
        ),
    ] = None
    """Contributing SOP Instances Reference Sequence (0020,9529): Type 1C, VR SQ, VM 1. Required if this SOP Instance is created from other DICOM SOP Instances. A Sequence that identifies the contributing SOP Instances. Required if this SOP Instance is created from other DICOM SOP Instances."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "2", name="Manufacturer")
    ]
    """Manufacturer (0008,0070): Type 2, VR LO, VM 1. Manufacturer of the equipment that produced the sources."""

    ManufacturerModelName: Annotated[
        vr.LO | None,
        Attribute(
            0x00081090,
            "LO",
            "1",
            "1C",
            name="Manufacturer's Model Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Manufacturer's Model Name (0008,1090): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. Manufacturer's model name of the equipment that produced the sources. Required if present and consistent in the contributing SOP Instances."""

    DeviceSerialNumber: Annotated[
        vr.LO | None,
        Attribute(
            0x00181000,
            "LO",
            "1",
            "1C",
            name="Device Serial Number",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Device Serial Number (0018,1000): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. Manufacturer's serial number of the equipment that produced the sources. Required if present and consistent in the contributing SOP Instances."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x00181020,
            "LO",
            "1-n",
            "1C",
            name="Software Versions",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Software Versions (0018,1020): Type 1C, VR LO, VM 1-n. Required if present and consistent in the contributing SOP Instances. Manufacturer's designation of software version of the equipment that produced the sources. See Section C.7.5.1.1.3. Required if present and consistent in the contributing SOP Instances."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment that produced the sources was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment that produced the sources was installed in its current location. The device may or may not have been used prior to installation in its current location."""

    AcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0008002A,
            "DT",
            "1",
            "1C",
            name="Acquisition DateTime",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Acquisition DateTime (0008,002A): Type 1C, VR DT, VM 1. Required if present and consistent in the contributing SOP Instances. The time the acquisition of data that resulted in sources started. The value shall be the start date and time of the first contributing SOP Instance of the group specified by the Contributing SOP Instances Reference Sequence (0020,9529)."""

    StationName: Annotated[
        vr.SH | None,
        Attribute(
            0x00081010,
            "SH",
            "1",
            "1C",
            name="Station Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Station Name (0008,1010): Type 1C, VR SH, VM 1. Required if present and consistent in the contributing SOP Instances. User defined name identifying the machine that produced the sources. Required if present and consistent in the contributing SOP Instances."""

    OperatorsName: Annotated[
        list[vr.PN] | None,
        Attribute(
            0x00081070,
            "PN",
            "1-n",
            "1C",
            name="Operators' Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Operators' Name (0008,1070): Type 1C, VR PN, VM 1-n. Required if present and consistent in the contributing SOP Instances. Name(s) of the operator(s) supporting the Series. Required if present and consistent in the contributing SOP Instances."""

    OperatorIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00081072,
            "SQ",
            "1",
            "1C",
            name="Operator Identification Sequence",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Operator Identification Sequence (0008,1072): Type 1C, VR SQ, VM 1. Required if present and consistent in the contributing SOP Instances. Identification of the operator(s) supporting the Series. One or more Items shall be included in this Sequence. If more than one Item, the number and order shall correspond to the value of Operators' Name (0008,1070), if present."""

    ProtocolName: Annotated[
        vr.LO | None,
        Attribute(
            0x00181030,
            "LO",
            "1",
            "1C",
            name="Protocol Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Protocol Name (0018,1030): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. User-defined description of the conditions under which the Series was performed. Required if present and consistent in the contributing SOP Instances."""

    PerformedProtocolCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00400260,
            "SQ",
            "1",
            "1C",
            name="Performed Protocol Code Sequence",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type 1C, VR SQ, VM 1. Required if present and consistent in the contributing SOP Instances. Sequence describing the Protocol performed for the Procedure Step creating the sources. One or more Items shall be included in this Sequence. Required if present and consistent in the contributing SOP Instances."""

    AcquisitionProtocolName: Annotated[
        vr.LO | None,
        Attribute(
            0x00189423,
            "LO",
            "1",
            "1C",
            name="Acquisition Protocol Name",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Acquisition Protocol Name (0018,9423): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. User defined name of the protocol used to acquire this image. Required if present and consistent in the contributing SOP Instances."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContributingSOPInstancesReferenceSequenceItem": (
        "dicomodel.items.contributing_sop_instances_reference_sequence_item",
        "ContributingSOPInstancesReferenceSequenceItem",
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
    "PerformedProtocolCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item",
        "ReferencedInstanceSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_general_contributing_sources",
        "ReferencedSeriesSequenceItemGeneralContributingSources",
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

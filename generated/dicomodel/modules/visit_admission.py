"""Visit Admission Module Attributes.

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
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem,
    )

__all__ = [
    "AdmittingDiagnosesCodeSequenceItem",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "VisitAdmissionModule",
]


class VisitAdmissionModule(DicomModel):
    """Visit Admission Module Attributes (PS3.3 Table C.3-4)."""

    dicom_name: ClassVar[str] = "Visit Admission"
    dicom_table: ClassVar[str] = "table_C.3-4"

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", None, name="Referring Physician's Name")
    ] = None
    """Referring Physician's Name (0008,0090): no Type, VR PN, VM 1. Patient's primary referring physician for this Visit."""

    ReferringPhysicianAddress: Annotated[
        vr.ST | None, Attribute(0x00080092, "ST", "1", None, name="Referring Physician's Address")
    ] = None
    """Referring Physician's Address (0008,0092): no Type, VR ST, VM 1. Referring physician's address."""

    ReferringPhysicianTelephoneNumbers: Annotated[
        list[vr.SH] | None,
        Attribute(0x00080094, "SH", "1-n", None, name="Referring Physician's Telephone Numbers"),
    ] = None
    """Referring Physician's Telephone Numbers (0008,0094): no Type, VR SH, VM 1-n. Referring physician's telephone numbers."""

    ReferringPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00080096, "SQ", "1", None, name="Referring Physician Identification Sequence"),
    ] = None
    """Referring Physician Identification Sequence (0008,0096): no Type, VR SQ, VM 1. Identification of the Patient's referring physician. Only a single Item shall be included in this Sequence."""

    ConsultingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x0008009C, "PN", "1-n", None, name="Consulting Physician's Name"),
    ] = None
    """Consulting Physician's Name (0008,009C): no Type, VR PN, VM 1-n. Consulting physician(s) for this Patient Visit."""

    ConsultingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x0008009D, "SQ", "1", None, name="Consulting Physician Identification Sequence"),
    ] = None
    """Consulting Physician Identification Sequence (0008,009D): no Type, VR SQ, VM 1. Identification of the consulting physician(s). One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Consulting Physician's Name (0008,009C), if present."""

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", None, name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): no Type, VR LO, VM 1-n. Description of admitting diagnosis (diagnoses)."""

    AdmittingDiagnosesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081084, "SQ", "1", None, name="Admitting Diagnoses Code Sequence"),
    ] = None
    """Admitting Diagnoses Code Sequence (0008,1084): no Type, VR SQ, VM 1. A Sequence that conveys the admitting diagnosis (diagnoses). One or more Items shall be included in this Sequence."""

    RouteOfAdmissions: Annotated[
        vr.LO | None, Attribute(0x00380016, "LO", "1", None, name="Route of Admissions")
    ] = None
    """Route of Admissions (0038,0016): no Type, VR LO, VM 1. Mode of admission: emergency, normal."""

    AdmittingDate: Annotated[
        vr.DA | None, Attribute(0x00380020, "DA", "1", None, name="Admitting Date")
    ] = None
    """Admitting Date (0038,0020): no Type, VR DA, VM 1. Date Patient Visit began."""

    AdmittingTime: Annotated[
        vr.TM | None, Attribute(0x00380021, "TM", "1", None, name="Admitting Time")
    ] = None
    """Admitting Time (0038,0021): no Type, VR TM, VM 1. Time Patient Visit began."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdmittingDiagnosesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConsultingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
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
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferringPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
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

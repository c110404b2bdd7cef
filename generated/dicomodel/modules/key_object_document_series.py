"""Key Object Document Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityKeyObjectDocumentSeriesValue as _ModalityKeyObjectDocumentSeriesValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ModalityKeyObjectDocumentSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityKeyObjectDocumentSeriesValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityKeyObjectDocumentSeries as Modality
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "KeyObjectDocumentSeriesModule",
    "MappingResourceTerm",
    "Modality",
    "ReferencedPerformedProcedureStepSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
]


class KeyObjectDocumentSeriesModule(DicomModel):
    """Key Object Document Series Module Attributes (PS3.3 Table C.17.6-1)."""

    dicom_name: ClassVar[str] = "Key Object Document Series"
    dicom_table: ClassVar[str] = "table_C.17.6-1"

    Modality: Annotated[
        _ModalityKeyObjectDocumentSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("KO",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. Enumerated Values: KO Key Object Selection"""

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the Series. No specific semantics are specified."""

    SeriesNumber: Annotated[vr.IS, Attribute(0x00200011, "IS", "1", "1", name="Series Number")]
    """Series Number (0020,0011): Type 1, VR IS, VM 1. A number that identifies the Series. No specific semantics are specified."""

    SeriesDate: Annotated[
        vr.DA | None, Attribute(0x00080021, "DA", "1", "3", name="Series Date")
    ] = None
    """Series Date (0008,0021): Type 3, VR DA, VM 1. Date the Series started."""

    SeriesTime: Annotated[
        vr.TM | None, Attribute(0x00080031, "TM", "1", "3", name="Series Time")
    ] = None
    """Series Time (0008,0031): Type 3, VR TM, VM 1. Time the Series started."""

    ProtocolName: Annotated[
        vr.LO | None, Attribute(0x00181030, "LO", "1", "3", name="Protocol Name")
    ] = None
    """Protocol Name (0018,1030): Type 3, VR LO, VM 1. Description of the conditions under which the Series was performed. This may represent the type of analysis used in creation of the KO SOP Instances."""

    SeriesDescription: Annotated[
        vr.LO | None, Attribute(0x0008103E, "LO", "1", "3", name="Series Description")
    ] = None
    """Series Description (0008,103E): Type 3, VR LO, VM 1. Description of the Series."""

    SeriesDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0008103F, "SQ", "1", "3", name="Series Description Code Sequence"),
    ] = None
    """Series Description Code Sequence (0008,103F): Type 3, VR SQ, VM 1. A coded description of the Series. Only a single Item is permitted in this Sequence."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081111, "SQ", "1", "2", name="Referenced Performed Procedure Step Sequence"),
    ]
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 2, VR SQ, VM 1. Uniquely identifies the Performed Procedure Step SOP Instance for which the Series is created. Zero or one Item shall be included in this Sequence. See notes on this Attribute in Section C.17.1"""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): Type 3, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances in this Series belong."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "Modality": ("dicomodel.enums.modality", "ModalityKeyObjectDocumentSeries"),
    "ReferencedPerformedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SeriesDescriptionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value

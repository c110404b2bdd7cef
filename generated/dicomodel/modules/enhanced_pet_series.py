"""Enhanced PET Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityEnhancedPETSeriesValue as _ModalityEnhancedPETSeriesValue,
    )
    from dicomodel.items.related_series_sequence_item import (
        RelatedSeriesSequenceItem as _RelatedSeriesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityEnhancedPETSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityEnhancedPETSeriesValue"
    )
    _RelatedSeriesSequenceItem = Lazy(
        "dicomodel.items.related_series_sequence_item", "RelatedSeriesSequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityEnhancedPETSeries as Modality
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.related_series_sequence_item import (
        RelatedSeriesSequenceItem as RelatedSeriesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EnhancedPETSeriesModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "Modality",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "RelatedSeriesSequenceItem",
]


class EnhancedPETSeriesModule(DicomModel):
    """Enhanced PET Series Module Attributes (PS3.3 Table C.8.22-1)."""

    dicom_name: ClassVar[str] = "Enhanced PET Series"
    dicom_table: ClassVar[str] = "table_C.8.22-1"

    Modality: Annotated[
        _ModalityEnhancedPETSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("PT",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: PT See Section C.7.3.1.1.1 for further explanation."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081111,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Procedure Step Sequence",
            when=(
                "unknown",
                "names no attribute: a Performed Procedure Step SOP Class was involved in the creation of this Series",
            ),
        ),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 1C, VR SQ, VM 1. Required if a Performed Procedure Step SOP Class was involved in the creation of this Series. Uniquely identifies the Performed Procedure Step SOP Instance to which the Series is related. Only a single Item shall be included in this Sequence."""

    RelatedSeriesSequence: Annotated[
        list[_RelatedSeriesSequenceItem] | None,
        Attribute(
            0x00081250,
            "SQ",
            "1",
            "1C",
            name="Related Series Sequence",
            when=(
                "and",
                (
                    "unknown",
                    "names no attribute: another Series was used to perform attenuation correction",
                ),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.128.1",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Related Series Sequence (0008,1250): Type 1C, VR SQ, VM 1. Required if another Series was used to perform attenuation correction and the SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.128.1\" (Legacy Converted). May be present otherwise. Identifying the Series that was used for attenuation purposes. See Section C.7.3.1 Required if another Series was used to perform attenuation correction and the SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.128.1\" (Legacy Converted)."""


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
    "Modality": ("dicomodel.enums.modality", "ModalityEnhancedPETSeries"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedPerformedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RelatedSeriesSequenceItem": (
        "dicomodel.items.related_series_sequence_item",
        "RelatedSeriesSequenceItem",
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

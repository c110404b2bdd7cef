"""Item class PlanOverviewSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.prescription_overview_sequence_item import (
        PrescriptionOverviewSequenceItem as _PrescriptionOverviewSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.treatment_site_code_sequence_item import (
        TreatmentSiteCodeSequenceItem as _TreatmentSiteCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PrescriptionOverviewSequenceItem = Lazy(
        "dicomodel.items.prescription_overview_sequence_item", "PrescriptionOverviewSequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentSiteCodeSequenceItem = Lazy(
        "dicomodel.items.treatment_site_code_sequence_item", "TreatmentSiteCodeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentSiteModifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.prescription_overview_sequence_item import (
        PrescriptionOverviewSequenceItem as PrescriptionOverviewSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStructureSetSequenceItem,
    )
    from dicomodel.items.treatment_site_code_sequence_item import (
        TreatmentSiteCodeSequenceItem as TreatmentSiteCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PlanOverviewSequenceItem",
    "PrescriptionOverviewSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedStructureSetSequenceItem",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
]


class PlanOverviewSequenceItem(DicomModel):
    """An item of Plan Overview Sequence (300C,0116), as first defined in RT Dose Module Attributes (C.8-39)."""

    dicom_name: ClassVar[str] = "Plan Overview Sequence"
    dicom_table: ClassVar[str] = "table_C.8-39"

    PlanOverviewIndex: Annotated[
        vr.US, Attribute(0x300C0117, "US", "1", "1", name="Plan Overview Index")
    ]
    """Plan Overview Index (300C,0117): Type 1, VR US, VM 1. The index of the Plan Overview within this Sequence. The value shall start at 1 and increase monotonically by 1."""

    RTPlanLabel: Annotated[
        vr.SH | None, Attribute(0x300A0002, "SH", "1", "2", name="RT Plan Label")
    ]
    """RT Plan Label (300A,0002): Type 2, VR SH, VM 1. User-defined label of treatment plan."""

    NumberOfFractionsIncluded: Annotated[
        vr.US | None,
        Attribute(
            0x300C0119,
            "US",
            "1",
            "1C",
            name="Number of Fractions Included",
            when=("value", 0x3004000A, 0, "in", ("PLAN_OVERVIEW", "PLAN", "MULTI_PLAN")),
        ),
    ] = None
    """Number of Fractions Included (300C,0119): Type 1C, VR US, VM 1. Required if Dose Summation Type (3004,000A) is PLAN_OVERVIEW, PLAN or MULTI_PLAN. Number of fractions of the plan included in this RT Dose Instance. Required if Dose Summation Type (3004,000A) is PLAN_OVERVIEW, PLAN or MULTI_PLAN."""

    CurrentFractionNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30080022,
            "IS",
            "1",
            "1C",
            name="Current Fraction Number",
            when=("value", 0x3004000A, 0, "in", ("RECORD",)),
        ),
    ] = None
    """Current Fraction Number (3008,0022): Type 1C, VR IS, VM 1. Required if Dose Summation Type (3004,000A) is RECORD. Fraction Number of the fraction included in this RT Dose Instance. Required if Dose Summation Type (3004,000A) is RECORD."""

    TreatmentSite: Annotated[
        vr.LO | None, Attribute(0x30100077, "LO", "1", "2", name="Treatment Site")
    ]
    """Treatment Site (3010,0077): Type 2, VR LO, VM 1. A free-text label describing the anatomical treatment site."""

    TreatmentSiteCodeSequence: Annotated[
        list[_TreatmentSiteCodeSequenceItem] | None,
        Attribute(0x30100078, "SQ", "1", "2", name="Treatment Site Code Sequence"),
    ]
    """Treatment Site Code Sequence (3010,0078): Type 2, VR SQ, VM 1. Coded description of the treatment site. Zero or more Items are permitted in this Sequence."""

    PrescriptionOverviewSequence: Annotated[
        list[_PrescriptionOverviewSequenceItem] | None,
        Attribute(0x300C0114, "SQ", "1", "2", name="Prescription Overview Sequence"),
    ]
    """Prescription Overview Sequence (300C,0114): Type 2, VR SQ, VM 1. Prescription parameters for evaluation of the dose matrix. Zero or more Items shall be included in this Sequence."""

    ReferencedStructureSetSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x300C0060,
            "SQ",
            "1",
            "1C",
            name="Referenced Structure Set Sequence",
            when=("not", ("present", 0x00081140)),
        ),
    ] = None
    """Referenced Structure Set Sequence (300C,0060): Type 1C, VR SQ, VM 1. Required if Referenced Image Sequence (0008,1140) is not present. Structure Set containing structures that were used to calculate the RT Dose. Required if Referenced Image Sequence (0008,1140) is not present. Only a single Item shall be included in this Sequence."""

    ReferencedImageSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("not", ("present", 0x300C0060)),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Referenced Structure Set Sequence (300C,0060) is not present. Images used to calculate the RT Dose. Required if Referenced Structure Set Sequence (300C,0060) is not present. One or more Items shall be included in this Sequence."""


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
    "PrescriptionOverviewSequenceItem": (
        "dicomodel.items.prescription_overview_sequence_item",
        "PrescriptionOverviewSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedStructureSetSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "TreatmentSiteCodeSequenceItem": (
        "dicomodel.items.treatment_site_code_sequence_item",
        "TreatmentSiteCodeSequenceItem",
    ),
    "TreatmentSiteModifierCodeSequenceItem": (
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

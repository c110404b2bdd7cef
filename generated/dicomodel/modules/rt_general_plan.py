"""RT General Plan Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.plan_intent import PlanIntentTerm as _PlanIntentTerm
    from dicomodel.enums.rt_plan_geometry import RTPlanGeometryTerm as _RTPlanGeometryTerm
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_general_plan import (
        ReferencedRTPlanSequenceItemRTGeneralPlan as _ReferencedRTPlanSequenceItemRTGeneralPlan,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.treatment_site_code_sequence_item import (
        TreatmentSiteCodeSequenceItem as _TreatmentSiteCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PlanIntentTerm = Lazy("dicomodel.enums.plan_intent", "PlanIntentTerm")
    _RTPlanGeometryTerm = Lazy("dicomodel.enums.rt_plan_geometry", "RTPlanGeometryTerm")
    _ReferencedRTPlanSequenceItemRTGeneralPlan = Lazy(
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_general_plan",
        "ReferencedRTPlanSequenceItemRTGeneralPlan",
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
    from dicomodel.enums.plan_intent import PlanIntentTerm as PlanIntentTerm
    from dicomodel.enums.rt_plan_geometry import RTPlanGeometryTerm as RTPlanGeometryTerm
    from dicomodel.enums.rt_plan_relationship import (
        RTPlanRelationshipTerm as RTPlanRelationshipTerm,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentSiteModifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_general_plan import (
        ReferencedRTPlanSequenceItemRTGeneralPlan as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDoseSequenceItem,
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
    "PlanIntentTerm",
    "RTGeneralPlanModule",
    "RTPlanGeometryTerm",
    "RTPlanRelationshipTerm",
    "ReferencedDoseSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedStructureSetSequenceItem",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
]


class RTGeneralPlanModule(DicomModel):
    """RT General Plan Module Attributes (PS3.3 Table C.8-45)."""

    dicom_name: ClassVar[str] = "RT General Plan"
    dicom_table: ClassVar[str] = "table_C.8-45"

    RTPlanLabel: Annotated[vr.SH, Attribute(0x300A0002, "SH", "1", "1", name="RT Plan Label")]
    """RT Plan Label (300A,0002): Type 1, VR SH, VM 1. User-defined label for treatment plan."""

    RTPlanName: Annotated[
        vr.LO | None, Attribute(0x300A0003, "LO", "1", "3", name="RT Plan Name")
    ] = None
    """RT Plan Name (300A,0003): Type 3, VR LO, VM 1. User-defined name for treatment plan."""

    RTPlanDescription: Annotated[
        vr.ST | None, Attribute(0x300A0004, "ST", "1", "3", name="RT Plan Description")
    ] = None
    """RT Plan Description (300A,0004): Type 3, VR ST, VM 1. User-defined description of treatment plan."""

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "3", name="Instance Number")
    ] = None
    """Instance Number (0020,0013): Type 3, VR IS, VM 1. A number that identifies this object Instance."""

    RTPlanDate: Annotated[vr.DA | None, Attribute(0x300A0006, "DA", "1", "2", name="RT Plan Date")]
    """RT Plan Date (300A,0006): Type 2, VR DA, VM 1. Date treatment plan was last modified."""

    RTPlanTime: Annotated[vr.TM | None, Attribute(0x300A0007, "TM", "1", "2", name="RT Plan Time")]
    """RT Plan Time (300A,0007): Type 2, VR TM, VM 1. Time treatment plan was last modified."""

    TreatmentProtocols: Annotated[
        list[vr.LO] | None, Attribute(0x300A0009, "LO", "1-n", "3", name="Treatment Protocols")
    ] = None
    """Treatment Protocols (300A,0009): Type 3, VR LO, VM 1-n. Planned treatment protocols."""

    PlanIntent: Annotated[
        _PlanIntentTerm | vr.CS | None, Attribute(0x300A000A, "CS", "1", "3", name="Plan Intent")
    ] = None
    """Plan Intent (300A,000A): Type 3, VR CS, VM 1. Intent of this plan. Defined Terms: CURATIVE Curative therapy on patient PALLIATIVE Palliative therapy on patient PROPHYLACTIC Preventative therapy on patient VERIFICATION Verification of patient plan using phantom MACHINE_QA Quality assura..."""

    TreatmentSite: Annotated[
        vr.LO | None, Attribute(0x30100077, "LO", "1", "3", name="Treatment Site")
    ] = None
    """Treatment Site (3010,0077): Type 3, VR LO, VM 1. A free-text label describing the anatomical treatment site."""

    TreatmentSiteCodeSequence: Annotated[
        list[_TreatmentSiteCodeSequenceItem] | None,
        Attribute(0x30100078, "SQ", "1", "3", name="Treatment Site Code Sequence"),
    ] = None
    """Treatment Site Code Sequence (3010,0078): Type 3, VR SQ, VM 1. Coded description of the treatment site. One or more Items are permitted in this Sequence."""

    RTPlanGeometry: Annotated[
        _RTPlanGeometryTerm | vr.CS, Attribute(0x300A000C, "CS", "1", "1", name="RT Plan Geometry")
    ]
    """RT Plan Geometry (300A,000C): Type 1, VR CS, VM 1. Describes whether RT Plan is based on patient or treatment device geometry. See Section C.8.8.9.1. Defined Terms: PATIENT RT Structure Set exists TREATMENT_DEVICE RT Structure Set does not exist"""

    ReferencedStructureSetSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x300C0060,
            "SQ",
            "1",
            "1C",
            name="Referenced Structure Set Sequence",
            when=("value", 0x300A000C, 0, "in", ("PATIENT",)),
        ),
    ] = None
    """Referenced Structure Set Sequence (300C,0060): Type 1C, VR SQ, VM 1. Required if RT Plan Geometry (300A,000C) is PATIENT. The RT Structure Set on which the RT Plan is based. Only a single Item shall be included in this Sequence. Required if RT Plan Geometry (300A,000C) is PATIENT."""

    ReferencedDoseSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0080, "SQ", "1", "3", name="Referenced Dose Sequence"),
    ] = None
    """Referenced Dose Sequence (300C,0080): Type 3, VR SQ, VM 1. Related Instances of RT Dose (for grids and named/unnamed point doses). One or more Items are permitted in this Sequence. See Note 1."""

    ReferencedRTPlanSequence: Annotated[
        list[_ReferencedRTPlanSequenceItemRTGeneralPlan] | None,
        Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): Type 3, VR SQ, VM 1. Related Instances of RT Plan. One or more Items are permitted in this Sequence."""

    FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x0070030B,
            "FD",
            "16",
            "3",
            name="Frame of Reference to Displayed Coordinate System Transformation Matrix",
        ),
    ] = None
    """Frame of Reference to Displayed Coordinate System Transformation Matrix (0070,030B): Type 3, VR FD, VM 16. A 4x4 transformation matrix that transforms a coordinate of the Frame of Reference to a displayed coordinate system. Only rigid transformation matrices are permitted (see definition in Section C.20.2.1.2)."""


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
    "PlanIntentTerm": ("dicomodel.enums.plan_intent", "PlanIntentTerm"),
    "RTPlanGeometryTerm": ("dicomodel.enums.rt_plan_geometry", "RTPlanGeometryTerm"),
    "RTPlanRelationshipTerm": ("dicomodel.enums.rt_plan_relationship", "RTPlanRelationshipTerm"),
    "ReferencedDoseSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_general_plan",
        "ReferencedRTPlanSequenceItemRTGeneralPlan",
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
